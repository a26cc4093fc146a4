using Luoshi.Domain.Closing;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Closing.Schema;
using Luoshi.Storage.Reading;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Closing;

/// <summary>What each closing step checks and records on a task's account.</summary>
internal static class ClosingSteps
{
    public static async Task<Problem?> SubmitAsync(ClosingContext c, ClosingSubmission s, CancellationToken ct)
    {
        var own = await c.Db.Targets.AsNoTracking().Where(t => t.TaskId == c.Task.Id).ToListAsync(ct).ConfigureAwait(false);
        if (Shape(c, s, own) is { } wrong)
        {
            return wrong;
        }

        var readings = await PlanFactsQuery.ReadAsync(c.Db, c.Plan.Id, ClosingReading.DayOf(c.Plan.Year), ReadingParts.Figures, ct).ConfigureAwait(false);
        var reading = readings.Single().Task(c.Task.Code)!;
        var finals = s.Finals.Where(f => f.Value is not null || f.DoneOn is not null).ToList();
        var candidate = TaskAccount.PendingOf(c.Task.Code) with { Finals = finals };
        var tolerances = ClosingQuery.TolerancesOf(c.Closing);
        var targets = reading.Targets.Select(t => ClosingReading.TargetOf(t, candidate, tolerances)).ToList();
        if (targets.Count > 0 && ClosingRule.Worst(targets.Select(t => t.Judgement.Result)) is var allowed && ClosingRule.Overclaims(s.Result!.Value, allowed))
        {
            var said = string.Join("，", targets.Select(t => $"{t.Code} {Catalogue.Closing.ResultName(t.Judgement.Result).Zh}"));
            return new Problem(Catalogue.Closing.Overclaim(s.Result.Value, allowed, said), Place.OfField("result"));
        }

        c.Row ??= NewRow(c);
        c.Row.Claimed = s.Result;
        c.Row.Summary = s.Summary!.Trim();
        c.Row.DoneOn = s.DoneOn;
        c.Row.ShortReason = s.Result == ClosingResult.Done ? null : s.ShortReason!.Trim();
        c.Row.Evidence = [.. s.Evidence.Select(e => e.Trim()).Where(e => e.Length > 0)];
        c.Row.Finals = finals;
        c.Row.SubmittedOn = c.Today;
        c.Row.SubmittedBy = c.Session.Actor;
        return null;
    }

    public static Task<Problem?> Return(ClosingContext c, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Done(Needed(Catalogue.Closing.ReturnReason, "reason"));
        }

        c.Row!.ReturnReason = reason.Trim();
        return Done(TextRules.Block(c.Row.ReturnReason, TextRules.Note) is { } bad ? new Problem(bad, Place.OfField("reason")) : null);
    }

    public static Task<Problem?> Confirm(ClosingContext c, ClosingResult? result)
    {
        c.Row!.Result = result ?? c.Row.Claimed;
        c.Row.ConfirmedOn = c.Today;
        c.Row.ConfirmedBy = c.Session.Actor;
        c.Row.ReturnReason = null;
        return Done(null);
    }

    public static async Task<Problem?> CorrectAsync(ClosingContext c, ClosingResult? result, string? reason, CancellationToken ct)
    {
        if (result is not { } after)
        {
            return Needed(Catalogue.Closing.ResultField, "result");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Needed(Catalogue.Closing.CorrectionReason, "reason");
        }

        if (TextRules.Block(reason.Trim(), TextRules.Note) is { } bad)
        {
            return new Problem(bad, Place.OfField("reason"));
        }

        var before = c.Row!.Result!.Value;
        if (before == after)
        {
            return new Problem(Catalogue.Closing.SameResult(after), Place.OfField("result"));
        }

        c.Db.ClosingCorrections.Add(new ClosingCorrectionRow { AccountId = c.Row.Id, On = c.Today, By = c.Session.Actor, Before = before, After = after, Reason = reason.Trim() });
        c.Row.Result = after;
        // The lead unit's confirmed self-assessment scores this result: it follows the correction in the same write.
        await SelfAssessments.SelfAssessmentCorrections.FollowAsync(c, before, after, reason.Trim(), ct).ConfigureAwait(false);
        return null;
    }

    // What a submission must hold before the data are asked: a result, 完成情况, a reason when short, tidy evidence,
    // finals only for the task's own reported targets and days within the plan year up to today.
    private static Problem? Shape(ClosingContext c, ClosingSubmission s, List<Target> own)
    {
        if (s.Result is not { } result)
        {
            return Needed(Catalogue.Closing.ResultField, "result");
        }

        if (string.IsNullOrWhiteSpace(s.Summary))
        {
            return Needed(Catalogue.Closing.Summary, "summary");
        }

        if (TextRules.Block(s.Summary.Trim(), TextRules.Narrative) is { } badSummary)
        {
            return new Problem(badSummary, Place.OfField("summary"));
        }

        if (ClosingRules.NeedsReason(result) && string.IsNullOrWhiteSpace(s.ShortReason))
        {
            return Needed(Catalogue.Closing.ShortReason, "reason");
        }

        if (s.ShortReason is { } r && TextRules.Block(r.Trim(), TextRules.Narrative) is { } badReason)
        {
            return new Problem(badReason, Place.OfField("reason"));
        }

        for (var i = 0; i < s.Evidence.Count; i++)
        {
            if (TextRules.Line(s.Evidence[i].Trim(), TextRules.Note) is not null)
            {
                return new Problem(Catalogue.Closing.BadEvidence(i + 1), Place.OfField("evidence"));
            }
        }

        return Finals(c, s, own);
    }

    private static Problem? Finals(ClosingContext c, ClosingSubmission s, List<Target> own)
    {
        var first = new DateOnly(c.Plan.Year, 1, 1);
        if (s.DoneOn is { } day && (day < first || day > c.Today))
        {
            return new Problem(Catalogue.Closing.DoneOnOutside(c.Plan.Year), Place.OfField("done_on"));
        }

        foreach (var f in s.Finals)
        {
            var target = own.FirstOrDefault(t => t.Code == f.Target);
            if (target is null)
            {
                return new Problem(Catalogue.Closing.NoSuchTarget(c.Task.Code, f.Target), Place.OfField("targets"));
            }

            if (target.Binding is not null && (f.Value is not null || f.DoneOn is not null))
            {
                return new Problem(Catalogue.Closing.ComputedTarget(f.Target), Place.OfField("targets"));
            }

            if (f.DoneOn is { } d && (d < first || d > c.Today))
            {
                return new Problem(Catalogue.Closing.DoneOnOutside(c.Plan.Year), Place.OfField("targets"));
            }
        }

        return null;
    }

    internal static ClosingAccountRow NewRow(ClosingContext c)
    {
        var row = new ClosingAccountRow { PlanId = c.Plan.Id, TaskId = c.Task.Id };
        c.Db.ClosingAccounts.Add(row);
        return row;
    }

    private static Problem Needed(Words what, string field) => new(Catalogue.Closing.Needed(what), Place.OfField(field));

    private static Task<Problem?> Done(Problem? problem) => Task.FromResult(problem);
}
