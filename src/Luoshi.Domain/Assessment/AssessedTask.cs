using Luoshi.Domain.Closing;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Time;

namespace Luoshi.Domain.Assessment;

/// <summary>What the assessment counts of one task, taken from the year's closing reading: its lead unit, section,
/// confirmed result, late or missing reports, targets held red too long, 督办单, extensions granted, and whether it was
/// closed (销号) before its deadline.</summary>
public sealed record AssessedTask(
    string Code, string LeadUnit, string? Section, ClosingResult? Result, int LateReports, IReadOnlyList<string> RedTargets,
    IReadOnlyList<NoticeSeverity> Notices, int Extensions, bool ClosedEarly)
{
    /// <summary>The tasks of <paramref name="closing"/> that have a lead unit, counted by <paramref name="scheme"/>'s
    /// red-light limit.</summary>
    public static IReadOnlyList<AssessedTask> Of(ClosingReading closing, ScoringScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(closing);
        ArgumentNullException.ThrowIfNull(scheme);
        var year = closing.YearEnd;
        var unsent = year.Overdue.ToLookup(o => o.TaskCode);
        return [.. closing.Tasks.Where(t => t.Reading.Task.LeadUnit is not null).Select(t =>
        {
            var r = t.Reading;
            var late = r.Sent.Count(s => s.SubmittedAt is { } at && s.Period <= year.Calendar.Periods.Count && ChinaTime.DayOf(at) > year.Calendar[s.Period].Due);
            var life = r.Lifecycle;
            return new AssessedTask(
                r.Code, r.Task.LeadUnit!, r.Section?.Code, t.Result, late + unsent[r.Code].Count(),
                [.. r.Targets.Where(g => LongestRed(g.Periods.Select(p => p.Status)) > scheme.RedPeriods).Select(g => g.Code)],
                life?.Notices.Select(n => n.Severity).ToList() ?? [],
                life?.Extensions.Count(e => e.State == ExtensionState.Granted) ?? 0,
                life?.ClosedOn is { } closed && closed < life.OriginalDeadline);
        })];
    }

    private static int LongestRed(IEnumerable<TargetStatus?> statuses)
    {
        int longest = 0, run = 0;
        foreach (var s in statuses)
        {
            run = s is { } status && StatusLights.Of(status) == Light.Red ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
