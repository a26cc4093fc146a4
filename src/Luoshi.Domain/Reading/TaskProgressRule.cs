using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reading;

/// <summary>The one home of a task's status as of a day (docs/evaluation.md, "Task status"), from its targets'
/// readings, its sent reports and its lifecycle. Checked in this order, the first that applies wins: 已销号, 未签收,
/// 已完成, 已延期, 未报送, 欠进度, 超进度, 达进度.</summary>
public static class TaskProgressRule
{
    /// <summary>The status of a task as of <paramref name="asOf"/>.</summary>
    public static TaskProgress Of(
        IReadOnlyList<TargetReading> targets, IReadOnlyList<SentReport> sent, TaskLifecycle? life, bool hasLeadUnit,
        DateOnly deadline, ReportingCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(calendar);
        var assigned = life is not null && life.IsAssignedBy(asOf);
        if (assigned && life!.IsClosedBy(asOf))
        {
            return new(TaskStatusKind.Closed, Catalogue.Lifecycle.ClosedOn(life.ClosedOn!.Value, life.ClosedBy));
        }

        if (assigned && !life!.IsSignedBy(asOf))
        {
            var late = asOf > life.SignDue ? asOf.DayNumber - life.SignDue.DayNumber : 0;
            return new(TaskStatusKind.NotSigned, Catalogue.Lifecycle.AwaitingSignature(life.SignDue, late), late);
        }

        var milestones = assigned ? life!.Milestones.Where(m => m.CountsOn(asOf)).ToList() : [];
        if (Done(targets, milestones, asOf) || (assigned && life!.CloseRequestedOn is { } asked && asked <= asOf))
        {
            return new(TaskStatusKind.Done, assigned && life!.CloseRequestedOn is { } on && on <= asOf
                ? Catalogue.Lifecycle.CloseAwaitsReview(on) : Catalogue.Lifecycle.AllDone);
        }

        if (assigned && life!.GrantedExtension(asOf) is { } extension)
        {
            return new(TaskStatusKind.Extended, Catalogue.Lifecycle.ExtendedTo(extension.OriginalDeadline, extension.ProposedDeadline));
        }

        var missing = hasLeadUnit ? ReportsOwed.Missing(sent, calendar.PastDue(asOf)).ToList() : [];
        if (missing.Count > 0)
        {
            var days = asOf.DayNumber - calendar[missing[0]].Due.DayNumber;
            return new(TaskStatusKind.NotReported, Catalogue.Reasons.Overdue(missing.Select(p => calendar[p])), days);
        }

        return Progress(targets, milestones, assigned ? life!.DeadlineOn(asOf) : deadline, asOf);
    }

    private static bool Done(IReadOnlyList<TargetReading> targets, List<Milestone> milestones, DateOnly asOf) =>
        (targets.Count > 0 || milestones.Count > 0)
        && targets.All(t => t.Status == TargetStatus.Achieved)
        && milestones.All(m => m.DoneBy(asOf));

    private static TaskProgress Progress(IReadOnlyList<TargetReading> targets, List<Milestone> milestones, DateOnly deadline, DateOnly asOf)
    {
        var lateMilestones = milestones.Where(m => m.DaysLate(asOf) > 0).OrderBy(m => m.Due).ToList();
        var lagging = targets.Where(t => t.Status is TargetStatus.Behind or TargetStatus.AtRisk or TargetStatus.Missed).ToList();
        var pastDeadline = asOf > deadline ? asOf.DayNumber - deadline.DayNumber : 0;
        if (lateMilestones.Count > 0 || lagging.Count > 0 || pastDeadline > 0)
        {
            var days = Math.Max(pastDeadline, lateMilestones.Select(m => m.DaysLate(asOf)).DefaultIfEmpty().Max());
            var why = lateMilestones.Select(m => Catalogue.Lifecycle.MilestoneLate(m, m.DaysLate(asOf)))
                .Concat(lagging.Select(t => Words.Same(t.Code).Then(t.Now.Reason, "：", ": ")))
                .Concat(pastDeadline > 0 ? [Catalogue.Lifecycle.PastDeadline(deadline, pastDeadline)] : []);
            return new(TaskStatusKind.Behind, Words.Join("；", "; ", why), days);
        }

        var early = milestones.Count(m => m.Due > asOf && m.DoneBy(asOf));
        var met = targets.Count(t => t.Status == TargetStatus.Achieved);
        if (early > 0 || met > 0)
        {
            return new(TaskStatusKind.Ahead, Catalogue.Lifecycle.AheadOf(early, met));
        }

        var doneOnTime = milestones.Count(m => m.DoneBy(asOf));
        return new(TaskStatusKind.OnSchedule, Catalogue.Lifecycle.OnSchedule(doneOnTime, milestones.Count, targets.Count));
    }
}
