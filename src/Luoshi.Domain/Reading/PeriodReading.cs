using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;

namespace Luoshi.Domain.Reading;

/// <summary>A target in one period: what was reported or computed for it, what was expected, and — once the period is
/// past due — how the target stood the day after the period's due day. A ledger's period columns and a target's chart
/// are these.</summary>
/// <param name="Value">The period's approved (or computed) value as it was given: an amount, a level, a percentage.</param>
/// <param name="Done">The day a milestone was reported done in this period.</param>
/// <param name="Pending">A submitted value awaiting review, shown but not counted.</param>
/// <param name="Expected">The expected value (形象进度) at the period's end; null before the trajectory starts.</param>
/// <param name="ToDate">The target's actual value counting this period and the earlier ones; null when the period is
/// not yet past due or nothing counted by then.</param>
/// <param name="Status">How the target stood the day after this period's due day; null until the period is past due.</param>
public sealed record PeriodReading(
    ReportingPeriod Period,
    decimal? Value,
    DateOnly? Done,
    PendingValue? Pending,
    decimal? Expected,
    decimal? ToDate,
    TargetStatus? Status);
