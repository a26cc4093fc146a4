using System.CommandLine;
using Luoshi.Domain.Assessment;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Commands.Closing;

/// <summary><c>luoshi closing self-assess</c> (the lead unit's 自评), <c>self-return</c> and <c>self-confirm</c> (the
/// office's review, with adjustments): the same ledger steps as the pages and the API, refused in the same words.</summary>
internal static class SelfAssessCommand
{
    public static IEnumerable<Command> Create()
    {
        yield return Submit();
        yield return Return();
        yield return Confirm();
    }

    private static Option<string?> Of() => new("--of") { Description = "The unit whose self-assessment this is (name or alias); default: the acting unit" };

    private static Command Submit()
    {
        var of = Of();
        var points = new Option<string[]>("--points") { Description = "A task's result points by the scheme, T1=80 (repeat, one per task the unit leads)" };
        var claim = new Option<string[]>("--claim") { Description = "An addition or deduction claimed, with why: T1:+2:说明 or -1:说明 (repeat)" };
        var explanation = new Option<string?>("--explanation") { Description = "自评说明: a short explanation" };
        return new ClosingStepRunner().LedgerCommand("self-assess", "The lead unit submits (or resubmits) its self-assessment (自评)", async (res, l, p, a, ct) =>
        {
            var tasks = new List<TaskPoints>();
            foreach (var line in res.GetValue(points) ?? [])
            {
                if (PointLines.Points(line, "--points", out var bad) is not { } given)
                {
                    return StoreResult.Fail(bad!);
                }

                tasks.Add(given);
            }

            if (Changes(res.GetValue(claim), "--claim", out var claims) is { } wrong)
            {
                return StoreResult.Fail(wrong);
            }

            return await l.SelfAssessments.SubmitAsync(p, await UnitAsync(l, res.GetValue(of), a, ct), a,
                new SelfAssessmentClaim(tasks, [.. claims.Select(c => new PointClaim(c.Task, c.Points, c.Why))], res.GetValue(explanation)), ct);
        }, of, points, claim, explanation);
    }

    private static Command Return()
    {
        var of = Of();
        var reason = new Option<string?>("--reason") { Description = "Why it is returned (退回原因)" };
        return new ClosingStepRunner().LedgerCommand("self-return", "The office returns a unit's submitted self-assessment with a reason",
            async (res, l, p, a, ct) => await l.SelfAssessments.ReturnAsync(p, await UnitAsync(l, res.GetValue(of), a, ct), a, res.GetValue(reason), ct), of, reason);
    }

    private static Command Confirm()
    {
        var of = Of();
        var adjust = new Option<string[]>("--adjust") { Description = "An adjustment with its reason: T1:-2:原因 or +1:原因 (repeat)" };
        return new ClosingStepRunner().LedgerCommand("self-confirm", "The office confirms a unit's self-assessment, adjusting points with a reason each; the score is then final",
            async (res, l, p, a, ct) => Changes(res.GetValue(adjust), "--adjust", out var changes) is { } wrong ? StoreResult.Fail(wrong)
                : await l.SelfAssessments.ConfirmAsync(p, await UnitAsync(l, res.GetValue(of), a, ct), a,
                    [.. changes.Select(c => new ScoreAdjustment(c.Task, c.Points, c.Why))], ct), of, adjust);
    }

    private static Problem? Changes(string[]? lines, string field, out List<(string? Task, decimal Points, string Why)> changes)
    {
        changes = [];
        foreach (var line in lines ?? [])
        {
            if (PointLines.Change(line, field, out var bad) is not { } change)
            {
                return bad;
            }

            changes.Add(change);
        }

        return null;
    }

    // The unit named by --of (a name or alias), else the acting unit's own.
    private static async Task<string> UnitAsync(Storage.Ledger ledger, string? of, LifecycleActor actor, CancellationToken ct) =>
        of is null ? actor.Unit ?? "" : await ledger.FindUnitNameAsync(of, ct) ?? of.Trim();
}
