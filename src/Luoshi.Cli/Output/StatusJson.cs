using System.Text.Json;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;

namespace Luoshi.Cli.Output;

/// <summary>The status of every target as JSON for scripts: snake_case fields, statuses such as <c>not_reported</c>;
/// the words people read (reason, note) in the reader's language. The plan's reading rendered, nothing computed here.</summary>
internal static class StatusJson
{
    public static void Write(IReadOnlyList<TargetReading> targets, DateOnly asOf, TextWriter output)
    {
        var document = new
        {
            AsOf = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Counts = targets.GroupBy(t => StatusLabels.Key(t.Status)).ToDictionary(g => g.Key, g => g.Count()),
            Targets = targets.Select(t => new
            {
                Region = t.Plan.Region,
                Year = t.Plan.Year,
                Section = t.Task.SectionCode,
                Task = t.Task.Code,
                Target = t.Code,
                t.Target.Subject,
                t.Task.LeadUnit,
                Measure = JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Measure.ToString()),
                Comparator = t.Goal.Comparator.ToSymbol(),
                Goal = t.Goal.Value,
                t.Goal.Upper,
                t.Target.Unit,
                Status = StatusLabels.Key(t.Status),
                Light = StatusLights.Key(t.Light),
                Source = JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Source.ToString()),
                Expectation = JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Expectation.ToString()),
                t.Now.Actual,
                t.Now.Expected,
                t.Now.Projected,
                t.Now.NeededPerPeriod,
                OverduePeriods = t.Now.Overdue,
                Reason = t.Now.Reason.ToString(),
                // Set for a target bound to a computed indicator: the binding and how the figure was computed.
                Computed = t.Target.Binding is { } binding ? new { Binding = binding.ToString(), Note = t.Note?.ToString() } : null,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, PlanJsonWriter.Options));
    }
}
