using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle.Schema;
using Luoshi.Storage.Reading;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>督办单: the office issues one for a task that is overdue or lagging today, coloured by how far behind it is
/// (the office's thresholds), addressed to the lead unit and its leader, to be answered within the office's working
/// days; the lead unit answers.</summary>
internal static class NoticeSteps
{
    private static readonly TaskStatusKind[] Lagging = [TaskStatusKind.Behind, TaskStatusKind.NotReported, TaskStatusKind.NotSigned];

    public static async Task<Problem?> IssueAsync(LifecycleContext c, string? unitLeader, CancellationToken ct)
    {
        var reading = (await PlanFactsQuery.ReadAsync(c.Db, c.Task.PlanId, c.Today, ReadingParts.Figures, ct).ConfigureAwait(false)).Single();
        var task = reading.Task(c.Task.Code)!;
        if (!Lagging.Contains(task.Status.Kind))
        {
            return new Problem(Catalogue.Lifecycle.NotLagging(task.Status.Name), Place.OfField("task"), ProblemKind.Conflict);
        }

        var settings = await c.SettingsAsync(ct).ConfigureAwait(false);
        var atRisk = task.Targets.Any(t => t.Status is Domain.Evaluation.TargetStatus.AtRisk or Domain.Evaluation.TargetStatus.Missed);
        var year = c.Today.Year;
        var sequence = (await c.Db.Notices.Where(n => n.Year == year).MaxAsync(n => (int?)n.Sequence, ct).ConfigureAwait(false) ?? 0) + 1;
        c.Db.Notices.Add(new NoticeRow
        {
            TaskId = c.Task.Id, Year = year, Sequence = sequence, Number = Catalogue.Lifecycle.NoticeNumber(year, sequence),
            Severity = new NoticeThresholds(settings.YellowDays, settings.RedDays).Of(task.Status.DaysBehind, atRisk),
            IssuedOn = c.Today, Unit = c.Task.LeadUnit!, UnitLeader = string.IsNullOrWhiteSpace(unitLeader) ? null : unitLeader.Trim(),
            Reason = task.Status.Name.Zh + "：" + task.Status.Detail.Zh,
            RespondBy = (await c.WorkingDaysAsync(ct).ConfigureAwait(false)).Add(c.Today, settings.AnswerWorkingDays),
        });
        return null;
    }

    public static async Task<Problem?> AnswerAsync(LifecycleContext c, string number, string? response, CancellationToken ct)
    {
        var notice = await c.Db.Notices.SingleOrDefaultAsync(n => n.TaskId == c.Task.Id && n.Number == number, ct).ConfigureAwait(false);
        Problem? problem = notice switch
        {
            null => new Problem(Catalogue.Lifecycle.NoSuchNotice(number), Place.OfField("notice"), ProblemKind.NotFound),
            { RespondedOn: { } on } => new Problem(Catalogue.Lifecycle.NoticeAnswered(number, on), Place.OfField("notice"), ProblemKind.Conflict),
            _ when string.IsNullOrWhiteSpace(response) => Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.Response), "response"),
            _ => null,
        };
        if (problem is null)
        {
            notice!.Response = response!.Trim();
            notice.RespondedOn = c.Today;
        }

        return problem;
    }
}
