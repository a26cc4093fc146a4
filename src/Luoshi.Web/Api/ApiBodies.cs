using Luoshi.Storage;

namespace Luoshi.Web.Api;

/// <summary>A change of a task's assignment; a null field leaves that part as it is.</summary>
public sealed record AssignmentBody(string? LeadUnit, IReadOnlyList<string>? SupportingUnits, string? Leader, DateOnly? Deadline);

/// <summary>A report as a unit writes it; the unit is the token's own. Version: the version read, to change an existing report.</summary>
public sealed record ReportBody(
    string TaskCode, int Period, IReadOnlyList<TargetValue>? Values, string? Progress, string? Problems, string? NextSteps, IReadOnlyList<string>? Evidence,
    int? Version = null);

/// <summary>The version of a report the caller read, and for a return the reason.</summary>
public sealed record ReviewBody(int Version, string? Reason);

/// <summary>A reminder (催办) to a unit for a task's report of a period.</summary>
public sealed record ReminderBody(string TaskCode, int Period, string Unit, string? Note);

/// <summary>A plan as lists show it.</summary>
public sealed record PlanItem(int Id, string Region, int Year, string Frequency);
