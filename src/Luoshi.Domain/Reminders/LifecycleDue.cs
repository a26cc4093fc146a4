using Luoshi.Domain.Reading;
using Luoshi.Domain.Standings;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reminders;

/// <summary>What the supervision lifecycle knows a unit owes, from the plan's one reading: an assigned task not signed
/// for (due at its sign limit), an approved milestone not done (due on its day), a 督办单 not answered (due on its answer
/// day), and an extension request waiting for the office (to its inbox, due the day it was asked for). A closed task owes nothing. Each item links to the task's page and carries the colour of the task's latest
/// 督办单, in which its escalations go out.</summary>
public sealed class LifecycleDue : IDueSource
{
    /// <inheritdoc/>
    public IEnumerable<DueItem> Due(PlanReading reading, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var day = reading.AsOf;
        var planId = reading.Plan.Id;
        foreach (var task in reading.Tasks)
        {
            if (task.Lifecycle is not { } life || task.Task.LeadUnit is not { } unit || !life.IsAssignedBy(day) || life.IsClosedBy(day))
            {
                continue;
            }

            var code = task.Task.Code;
            var text = PlanStandings.Shorten(task.Task.Text);
            var link = $"/tasks/{Uri.EscapeDataString(code)}?plan={planId}";
            var colour = life.Notices.Where(n => n.IssuedOn <= day).MaxBy(n => n.IssuedOn)?.Severity;
            if (!life.IsSignedBy(day) && life.SignDue <= until)
            {
                yield return new DueItem(DueKind.Sign, $"sign:{planId}:{code}", planId, code, text, Catalogue.Reminders.SignOff, unit, life.SignDue, link, colour);
            }

            foreach (var m in life.Milestones.Where(m => m.CountsOn(day) && !m.DoneBy(day) && m.Due <= until))
            {
                yield return new DueItem(DueKind.Milestone, $"milestone:{planId}:{code}:{m.Id}", planId, code, text, Catalogue.Reminders.MilestoneOf(m.Number, m.Title), unit, m.Due, link, colour);
            }

            foreach (var n in life.Notices.Where(n => n.IssuedOn <= day && !n.AnsweredBy(day) && n.RespondBy <= until))
            {
                yield return new DueItem(DueKind.NoticeAnswer, $"notice:{planId}:{code}:{n.Id}", planId, code, text, Catalogue.Reminders.AnswerOf(n.Number), n.Unit, n.RespondBy, link, n.Severity);
            }

            // A request not decided by the day waits with the office from the day it was made.
            foreach (var e in life.Extensions.Where(e => e.RequestedOn <= day && e.RequestedOn <= until && (e.State == Lifecycle.ExtensionState.Requested || e.DecidedOn > day)))
            {
                yield return new DueItem(DueKind.ExtensionDecision, $"extension:{planId}:{code}:{e.Id}", planId, code, text,
                    Catalogue.Reminders.ExtensionDecisionOf(e.ProposedDeadline), OfficeInbox.Name, e.RequestedOn, link);
            }
        }
    }
}
