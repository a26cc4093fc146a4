using System.Security.Claims;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Web.Access;

namespace Luoshi.Web.Reading.Tasks;

/// <summary>The task breakdown of a plan's reading as one caller may see it: everything for the office and leaders,
/// only the tasks its unit leads or supports for a unit reporter; optionally only tasks with a target in one status or
/// of one unit.</summary>
public static class TaskBreakdown
{
    /// <summary>The lines of <paramref name="reading"/> <paramref name="user"/> may see.</summary>
    public static IReadOnlyList<TaskLine> Lines(PlanReading reading, ClaimsPrincipal user, TargetStatus? status = null, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(user);
        var own = user.ReadsAll() ? null : user.UnitName() ?? "";
        return [.. reading.Tasks
            .Where(t => own is null || t.Involves(own))
            .Where(t => unit is null || t.Involves(unit))
            .Select(TaskLine.Of)
            .Where(l => status is null || l.Targets.Any(x => x.Status == status))];
    }

    /// <summary>True when <paramref name="unit"/> leads or supports <paramref name="task"/>.</summary>
    public static bool Involves(PlanTask task, string unit)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.LeadUnit == unit || task.SupportingUnits.Contains(unit, StringComparer.Ordinal);
    }
}
