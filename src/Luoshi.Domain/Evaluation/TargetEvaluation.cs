using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Evaluation;

/// <summary>Where one target stands as of a date.</summary>
/// <param name="Actual">The value so far from approved reports (null when there is none to read).</param>
/// <param name="Expected">The value the trajectory expects by the last past-due period (null before the first).</param>
/// <param name="Projected">The value at the deadline if the pace so far continues (null without data).</param>
/// <param name="NeededPerPeriod">What each remaining period must add to reach the goal (cumulative, ratio, milestone).</param>
/// <param name="Overdue">The periods whose report is overdue, in order.</param>
/// <param name="Reason">One plain sentence saying why the status is what it is, in both languages.</param>
/// <param name="DataProblem">Set when stored values could not be used (a value beyond any sensible size): they were
/// left out, the rest evaluated, and this says so; it is also the end of <see cref="Reason"/>.</param>
public sealed record TargetEvaluation(
    TargetStatus Status,
    decimal? Actual,
    decimal? Expected,
    decimal? Projected,
    decimal? NeededPerPeriod,
    IReadOnlyList<int> Overdue,
    Words Reason,
    Words? DataProblem = null);
