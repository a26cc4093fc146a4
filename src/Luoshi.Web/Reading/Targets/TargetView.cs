using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Reading;

namespace Luoshi.Web.Reading.Targets;

/// <summary>A target as GET /api/plans/{id}/targets/{code} gives it: its reading — goal as evaluated, figures,
/// status, where the values come from — and every period, with the chart's three lines.</summary>
public sealed record TargetView(
    string Code,
    string Subject,
    string? Unit,
    Measure Measure,
    string Goal,
    decimal? GoalValue,
    decimal? Upper,
    DateOnly Deadline,
    TargetStatus Status,
    Light Light,
    FigureSource Source,
    ExpectationSource Expectation,
    decimal? Actual,
    decimal? Expected,
    decimal? Projected,
    decimal? NeededPerPeriod,
    string Reason,
    string? Note,
    IReadOnlyList<PeriodView> Periods,
    IReadOnlyList<decimal?> Projection)
{
    /// <summary>The view of a target's reading, words in the caller's language.</summary>
    public static TargetView Of(TargetReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var (g, e) = (reading.Goal, reading.Now);
        return new TargetView(
            reading.Code, reading.Target.Subject, reading.Target.Unit, g.Measure, reading.GoalWords, g.Value, g.Upper, g.Deadline,
            e.Status, reading.Light, reading.Source, reading.Expectation, e.Actual, e.Expected, e.Projected, e.NeededPerPeriod,
            e.Reason, reading.Note?.ToString(), [.. reading.Periods.Select(PeriodView.Of)], reading.ProjectionLine());
    }
}

/// <summary>One period of a target: its value (approved or computed), a value awaiting review, what was expected, the
/// target's value to date and, once past due, its status the day after the due day.</summary>
public sealed record PeriodView(string Period, decimal? Value, DateOnly? Done, decimal? Pending, decimal? Expected, decimal? ToDate, TargetStatus? Status)
{
    /// <summary>The view of one period's reading.</summary>
    public static PeriodView Of(PeriodReading p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PeriodView(p.Period.Name, p.Value, p.Done, p.Pending?.Value, p.Expected, p.ToDate, p.Status);
    }
}
