namespace Luoshi.Domain.Years;

/// <summary>A task of a closed year the office may carry over: its confirmed result and reason, whether the default
/// choice takes it (未完成), and the code it was carried to (null until carried).</summary>
public sealed record CarryCandidate(
    string Task, string Text, string? LeadUnit, string? Result, string? Reason, bool ByDefault, int? CarriedToYear, string? CarriedTo);

/// <summary>Where a carried task came from: the earlier year, its plan and task code, its confirmed result and reason.</summary>
public sealed record CarryOrigin(string Task, int FromYear, int FromPlanId, string FromTask, string? Result, string? Reason);

/// <summary>One target of a later plan beside its match in an earlier year (null fields when none), how it was
/// matched and whether the office has confirmed it.</summary>
public sealed record TargetMatchView(
    string Target, string Subject, string Goal, int? EarlierYear, string? Earlier, string? EarlierSubject, string? EarlierGoal,
    string? Rule, string? RuleKey, string? State, string? StateKey);

/// <summary>One year of a target's series: the plan year, the target's code that year, its goal, its final value and
/// result at year end (null until that year is closed and the task confirmed).</summary>
public sealed record YearPoint(int Year, int PlanId, string Target, string Goal, string? Unit, decimal? Final, string? Result, bool Closed);
