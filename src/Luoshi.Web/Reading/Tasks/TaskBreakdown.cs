using System.Security.Claims;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Luoshi.Web.Access;

namespace Luoshi.Web.Reading.Tasks;

/// <summary>The task breakdown of a plan as one caller may see it: everything for the office and leaders, only the
/// tasks its unit leads or supports for a unit reporter; optionally only tasks with a target in one status or of one unit.</summary>
public static class TaskBreakdown
{
    /// <summary>The lines of <paramref name="plan"/> with the status of every target from <paramref name="rows"/>.</summary>
    public static IReadOnlyList<TaskLine> Lines(
        Plan plan, IReadOnlyList<TargetStatusRow> rows, ClaimsPrincipal user, TargetStatus? status = null, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(user);
        var evaluations = rows.ToDictionary(r => r.TargetCode, r => r.Evaluation, StringComparer.Ordinal);
        var sections = plan.Sections.ToDictionary(s => s.Code, s => string.Join(' ', new[] { s.Number, s.Title }.Where(x => x is not null)), StringComparer.Ordinal);
        var own = user.ReadsAll() ? null : user.UnitName() ?? "";
        return [.. plan.Tasks
            .Where(t => own is null || Involves(t, own))
            .Where(t => unit is null || Involves(t, unit))
            .Select(t => Line(t, sections.GetValueOrDefault(t.SectionCode), evaluations))
            .Where(l => status is null || l.Targets.Any(x => x.Status == status))];
    }

    /// <summary>True when <paramref name="unit"/> leads or supports <paramref name="task"/>.</summary>
    public static bool Involves(PlanTask task, string unit)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.LeadUnit == unit || task.SupportingUnits.Contains(unit, StringComparer.Ordinal);
    }

    private static TaskLine Line(PlanTask task, string? section, Dictionary<string, TargetEvaluation> evaluations) => new(
        task.Code, task.SectionCode, section, task.WorkItem, task.Text, task.LeadUnit, task.SupportingUnits, task.UnitsSuggested, task.Leader, task.Deadline,
        [.. task.Targets.Select(t =>
        {
            var e = evaluations.GetValueOrDefault(t.Code);
            return new TargetLine(t.Code, t.Subject, t.Text, t.Measure, t.Comparator, t.Value, t.Upper, t.Unit, t.Deadline, t.Public,
                e?.Status ?? TargetStatus.NotReported, e?.Actual, e?.Expected, e?.Projected, e?.Reason.ToString() ?? "") { Evaluation = e };
        })]);
}
