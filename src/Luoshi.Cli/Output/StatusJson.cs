using System.Text.Json;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Cli.Output;

/// <summary>The status of every target as JSON for scripts: snake_case fields, statuses such as <c>not_reported</c>.</summary>
internal static class StatusJson
{
    public static void Write(IReadOnlyList<TargetStatusRow> rows, DateOnly asOf, TextWriter output)
    {
        var document = new
        {
            AsOf = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Counts = rows.GroupBy(r => StatusLabels.Key(r.Evaluation.Status)).ToDictionary(g => g.Key, g => g.Count()),
            Targets = rows.Select(r => new
            {
                r.Region,
                r.Year,
                Section = r.SectionCode,
                Task = r.TaskCode,
                Target = r.TargetCode,
                r.Subject,
                r.LeadUnit,
                Measure = JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Measure.ToString()),
                Comparator = r.Comparator.ToSymbol(),
                r.Goal,
                r.Upper,
                r.Unit,
                Status = StatusLabels.Key(r.Evaluation.Status),
                r.Evaluation.Actual,
                r.Evaluation.Expected,
                r.Evaluation.Projected,
                r.Evaluation.NeededPerPeriod,
                OverduePeriods = r.Evaluation.Overdue,
                r.Evaluation.Reason,
                // Set for a target bound to a computed indicator: the binding and how the figure was computed.
                Computed = r.Computed is { } c ? new { Binding = c.Binding.ToString(), c.Note, NoteZh = c.NoteZh } : null,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, PlanJsonWriter.Options));
    }
}
