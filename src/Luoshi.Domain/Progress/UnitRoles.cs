using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Progress;

/// <summary>The one rule of who reports what on a task: the lead unit sends the progress report and the values of the
/// task's targets; each supporting unit sends a contribution of its own beside it, so a supporting unit can neither
/// block nor override the lead's report. Names are compared after a function maps a name or alias
/// to the unit's full name, since a task may still carry the parser's short names (人社局).</summary>
public static class UnitRoles
{
    /// <summary>What <paramref name="unit"/> (a full name) is to <paramref name="task"/>.</summary>
    public static UnitRole Of(PlanTask task, string unit, Func<string, string> fullName)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(fullName);
        if (task.LeadUnit is { } lead && fullName(lead) == unit)
        {
            return UnitRole.Lead;
        }

        return task.SupportingUnits.Any(s => fullName(s) == unit) ? UnitRole.Supporting : UnitRole.None;
    }
}
