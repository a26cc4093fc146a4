using System.Globalization;
using System.Text.Json;
using Luoshi.Cli.Output;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reading;

namespace Luoshi.Cli.Commands.Tasks;

/// <summary>Every task's status as JSON: <c>{"as_of": …, "counts": …, "tasks": [{"task": "T1", "status": …}]}</c>; the
/// plan's reading rendered, nothing computed here.</summary>
internal static class TasksJson
{
    public static void Write(IReadOnlyList<TaskReading> tasks, DateOnly asOf, TextWriter output)
    {
        var document = new
        {
            AsOf = Day(asOf),
            Counts = tasks.GroupBy(t => t.Status.Kind).OrderBy(g => g.Key).ToDictionary(g => TaskStatusKey.Of(g.Key), g => g.Count()),
            Tasks = tasks.Select(t => new
            {
                Task = t.Code,
                Status = TaskStatusKey.Of(t.Status.Kind),
                StatusName = t.Status.Name.ToString(),
                t.Status.DaysBehind,
                Detail = t.Status.Detail.ToString(),
                Stage = TaskStatusKey.Of(t.Stage),
                t.Task.LeadUnit,
                t.Task.SupportingUnits,
                Deadline = Day(t.DeadlineOn(asOf)),
                OriginalDeadline = t.Lifecycle is { } l && l.OriginalDeadline != t.DeadlineOn(asOf) ? Day(l.OriginalDeadline) : null,
                Targets = t.Targets.Select(x => x.Code),
                AssignedOn = t.Lifecycle is { } a && a.IsAssignedBy(asOf) ? Day(a.AssignedOn) : null,
                SignDue = t.Lifecycle is { } s && s.IsAssignedBy(asOf) ? Day(s.SignDue) : null,
                SignedOn = t.Lifecycle?.IsSignedBy(asOf) == true ? Day(t.Lifecycle.SignedOn!.Value) : null,
                Milestones = t.Lifecycle?.Milestones.Where(m => m.ProposedOn <= asOf).Select(m => new
                {
                    m.Number, m.Title, Due = Day(m.Due), State = JsonNamingPolicy.SnakeCaseLower.ConvertName(m.State.ToString()),
                    DoneOn = m.DoneBy(asOf) ? Day(m.DoneOn!.Value) : null,
                }),
                Text = t.Task.Text,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, PlanJsonWriter.Options));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
