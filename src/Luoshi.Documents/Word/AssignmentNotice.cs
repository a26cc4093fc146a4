using System.Globalization;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Reading;

namespace Luoshi.Documents.Word;

/// <summary>A 交办单: the tasks of a plan one unit leads or supports, with their deadlines and targets, how often it
/// reports, the limit for signing in working days, and whom to contact — read from the plan's reading.</summary>
/// <param name="SignWorkingDays">The office's limit for 签收 after 交办, in working days.</param>
public sealed record AssignmentNotice(
    string Region, int Year, string Unit, string Issuer, DateOnly Date, ReportingCadence Cadence, int SignWorkingDays,
    string Contact, IReadOnlyList<AssignmentNoticeTask> Tasks)
{
    /// <summary>The 交办单 of <paramref name="unit"/> from <paramref name="reading"/>, signed by <paramref name="issuer"/>
    /// (default: the region's 人民政府督查室, also the contact) on <paramref name="date"/> (default: the reading's day).</summary>
    public static AssignmentNotice Of(PlanReading reading, string unit, int signWorkingDays, string? issuer = null, string? contact = null, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var day = date ?? reading.AsOf;
        var office = issuer ?? $"{reading.Plan.Region}人民政府督查室";
        var tasks = reading.Tasks.Where(t => t.Involves(unit)).Select(t => new AssignmentNoticeTask(
            t.Code, t.Task.Text, t.Task.LeadUnit == unit, t.Task.LeadUnit == unit ? t.Task.SupportingUnits : t.Task.LeadUnit is { } lead ? [lead] : [],
            t.DeadlineOn(day), t.Lifecycle is { } l && l.IsAssignedBy(day) ? l.SignDue : null, [.. t.Targets.Select(x => x.Target.Text)])).ToList();
        return new AssignmentNotice(reading.Plan.Region, reading.Plan.Year, unit, office, day, reading.Plan.Cadence, signWorkingDays, contact ?? office, tasks);
    }

    /// <summary>When reports are due: 每月28日前 / 每季度末.</summary>
    public string CadenceWords => Cadence.Frequency == ReportingFrequency.Quarterly
        ? "每季度末前报送当季进展情况"
        : $"每月{(Cadence.DueDay ?? 28).ToString(CultureInfo.InvariantCulture)}日前报送当月进展情况";
}

/// <summary>One task on a 交办单.</summary>
/// <param name="Leads">True when the unit leads it (牵头), false when it supports (配合).</param>
/// <param name="Partners">The supporting units (for a lead) or the lead unit (for a supporter).</param>
/// <param name="SignDue">The last day to sign when the task is already assigned.</param>
public sealed record AssignmentNoticeTask(
    string Code, string Text, bool Leads, IReadOnlyList<string> Partners, DateOnly Deadline, DateOnly? SignDue, IReadOnlyList<string> Targets);
