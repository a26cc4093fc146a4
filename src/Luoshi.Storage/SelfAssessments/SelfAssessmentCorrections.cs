using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Closing;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.SelfAssessments;

/// <summary>Keeps a confirmed self-assessment with the closing it scores: when the office corrects a task's confirmed
/// result (更正交账结果), the lead unit's confirmed self-assessment follows in the same transaction by
/// <see cref="SelfAssessmentRules.AfterCorrection"/> — still confirmed, the task's points the corrected result's, the
/// correction kept beside it — and is audited as assessment.correct with before and after.</summary>
internal static class SelfAssessmentCorrections
{
    public static async Task FollowAsync(ClosingContext c, ClosingResult before, ClosingResult after, string reason, CancellationToken ct)
    {
        if (c.Task.LeadUnit is not { } unit
            || await c.Db.SelfAssessments.SingleOrDefaultAsync(a => a.PlanId == c.Plan.Id && a.Unit == unit, ct).ConfigureAwait(false) is not { } row)
        {
            return;
        }

        var was = row.ToDomain();
        if (SelfAssessmentRules.AfterCorrection(was, ClosingOpen.SchemeOf(c.Closing), c.Task.Code, before, after, reason, c.Today, c.Session.Actor) is not { } now)
        {
            return;
        }

        row.TaskPoints = [.. now.Claim.Tasks];
        row.Corrections = [.. now.Corrections];
        row.Version++;
        AuditLog.Add(c.Db, c.Session, "assessment.correct", AuditEntities.SelfAssessment, SelfAssessmentKey.Of(c.Plan.Id, unit), was, row.ToDomain());
    }
}
