using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Assignments;

/// <summary>What the audit trail keeps of a task's assignment.</summary>
internal sealed record AssignmentSnapshot(
    string Task, string? LeadUnit, IReadOnlyList<string> SupportingUnits, string? Leader, DateOnly Deadline, bool UnitsSuggested)
{
    public static AssignmentSnapshot Of(PlanTask task) =>
        new(task.Code, task.LeadUnit, [.. task.SupportingUnits], task.Leader, task.Deadline, task.UnitsSuggested);
}
