using System.Globalization;
using System.Text.Json;
using Luoshi.Cli.Output;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reading;

namespace Luoshi.Cli.Commands.Tasks;

/// <summary>Every task's status as JSON: <c>{"as_of": …, "counts": …, "tasks": [{"task": "T1", "status": …}]}</c>; the
/// plan's reading rendered (<see cref="TaskStatusView"/>), nothing computed here.</summary>
internal static class TasksJson
{
    public static void Write(IReadOnlyList<TaskReading> tasks, DateOnly asOf, TextWriter output)
    {
        var document = new
        {
            AsOf = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Counts = tasks.GroupBy(t => t.Status.Kind).OrderBy(g => g.Key).ToDictionary(g => TaskStatusKey.Of(g.Key), g => g.Count()),
            Tasks = tasks.Select(t => TaskStatusView.Of(t, asOf)),
        };
        output.WriteLine(JsonSerializer.Serialize(document, PlanJsonWriter.Options));
    }
}
