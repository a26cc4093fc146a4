using Luoshi.Domain.Access;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Lifecycle;

/// <summary>What a person is to one task: the office, its lead unit, a supporting unit, a leader (reads only) or
/// someone with no part in it.</summary>
public enum TaskRole
{
    /// <summary>The supervision office (督查室), or an administrator acting for it.</summary>
    Office,

    /// <summary>The task's lead unit (牵头单位).</summary>
    LeadUnit,

    /// <summary>One of the task's supporting units (配合单位): reads it, changes nothing.</summary>
    SupportingUnit,

    /// <summary>A leader: reads everything, changes nothing.</summary>
    Leader,

    /// <summary>A unit with no part in the task, or a data feed.</summary>
    Outsider,
}

/// <summary>The one rule saying what an account is to a task.</summary>
public static class TaskRoles
{
    /// <summary>What an account of <paramref name="role"/> (of <paramref name="unit"/>) is to a task led by
    /// <paramref name="leadUnit"/> with <paramref name="supportingUnits"/>.</summary>
    public static TaskRole Of(AccountRole role, string? unit, string? leadUnit, IEnumerable<string> supportingUnits) => role switch
    {
        AccountRole.Office or AccountRole.Administrator => TaskRole.Office,
        AccountRole.Leader => TaskRole.Leader,
        AccountRole.UnitReporter when unit is not null && unit == leadUnit => TaskRole.LeadUnit,
        AccountRole.UnitReporter when unit is not null && supportingUnits.Contains(unit, StringComparer.Ordinal) => TaskRole.SupportingUnit,
        _ => TaskRole.Outsider,
    };

    /// <summary>What an account is to <paramref name="task"/>.</summary>
    public static TaskRole Of(AccountRole role, string? unit, PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Of(role, unit, task.LeadUnit, task.SupportingUnits);
    }

    /// <summary>The one shape of a refusal of a step on a task (the lifecycle's and the closing's): a caller who is
    /// <paramref name="role"/> where the step is <paramref name="actor"/>'s is Forbidden, with the words for their
    /// part; the right part in a state the step does not allow is a Conflict; null when the step may be taken.</summary>
    public static Problem? Refusal(TaskRole role, TaskRole actor, Func<TaskRole, Words> wrongPart, bool stateAllows, Func<Words> wrongState)
    {
        ArgumentNullException.ThrowIfNull(wrongPart);
        ArgumentNullException.ThrowIfNull(wrongState);
        return role != actor ? new Problem(wrongPart(role), Kind: ProblemKind.Forbidden)
            : stateAllows ? null
            : new Problem(wrongState(), Kind: ProblemKind.Conflict);
    }
}
