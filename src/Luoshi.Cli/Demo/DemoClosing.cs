using Luoshi.Domain.Closing;
using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Demo;

/// <summary>Closes the demo plan's year (年底交账, 演示数据) when the demo day is 15 January of the next year or later:
/// the office opens the closing on 3 January; every lead unit accounts for its tasks on 5 January with the result its
/// targets' finals give (a task without a target: every fifth 未完成, the rest 完成), 完成情况, evidence and the reason
/// when short; the first account is returned on the 6th and resubmitted on the 7th; the office confirms all on the 9th
/// and corrects the first 完成 to 基本完成 on the 12th. A mix of results, one correction after confirmation.</summary>
internal static class DemoClosing
{
    private const string Office = "演示数据 督查室";

    public static async Task<string?> CloseAsync(Luoshi.Storage.Ledger ledger, Plan plan, DateOnly day, CancellationToken ct)
    {
        var next = plan.Year + 1;
        if (day < new DateOnly(next, 1, 15))
        {
            return null;
        }

        Check(await At(ledger, new DateOnly(next, 1, 3), Office).Closing.OpenAsync(plan.Id, LifecycleActor.Office, ct: ct));
        var reading = (await ledger.Closing.ReadAsync(plan.Id, ct))!;
        var tasks = reading.Tasks.Where(t => t.Reading.Task.LeadUnit is not null).ToList();
        for (var i = 0; i < tasks.Count; i++)
        {
            await SubmitAsync(ledger, plan, tasks[i], i, new DateOnly(next, 1, 5), ct);
        }

        if (tasks.Count == 0)
        {
            return null;
        }

        var first = tasks[0];
        Check(await At(ledger, new DateOnly(next, 1, 6), Office).Closing.ReturnAsync(plan.Id, first.Code, LifecycleActor.Office, "演示数据：请补充佐证材料", ct));
        await SubmitAsync(ledger, plan, first, 0, new DateOnly(next, 1, 7), ct);
        foreach (var t in tasks)
        {
            Check(await At(ledger, new DateOnly(next, 1, 9), Office).Closing.ConfirmAsync(plan.Id, t.Code, LifecycleActor.Office, ct: ct));
        }

        var confirmed = (await ledger.Closing.ReadAsync(plan.Id, ct))!.Tasks.FirstOrDefault(t => t.Result == ClosingResult.Done);
        if (confirmed is not null)
        {
            Check(await At(ledger, new DateOnly(next, 1, 12), Office).Closing.CorrectAsync(plan.Id, confirmed.Code, LifecycleActor.Office,
                ClosingResult.BasicallyDone, "演示数据：年终审计发现部分项目未完成验收", ct));
        }

        return null;
    }

    private static async Task SubmitAsync(Luoshi.Storage.Ledger ledger, Plan plan, TaskClosing t, int place, DateOnly on, CancellationToken ct)
    {
        var result = t.ByRule ?? (place % 5 == 4 ? ClosingResult.NotDone : ClosingResult.Done);
        var unit = t.Reading.Task.LeadUnit!;
        var submission = new ClosingSubmission(result, $"演示数据：{t.Reading.Task.Text[..Math.Min(20, t.Reading.Task.Text.Length)]}……年度工作已按计划推进。", null,
            result == ClosingResult.Done ? null : "演示数据：受资金到位和工期影响，年内未全部达到目标，结转下年度继续推进",
            [$"演示数据：{plan.Year}年度工作总结 https://example.cn/{plan.Year}/{t.Code}.pdf"], []);
        Check(await At(ledger, on, unit).Closing.SubmitAsync(plan.Id, t.Code, LifecycleActor.OfUnit(unit), submission, ct));
    }

    private static Luoshi.Storage.Ledger At(Luoshi.Storage.Ledger ledger, DateOnly day, string actor) =>
        ledger.ForActor(actor.StartsWith("演示", StringComparison.Ordinal) ? actor : "演示数据 " + actor, new DemoClock(day));

    // The demo's steps are the product's own; one refused is a bug in the demo.
    private static void Check(StoreResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("demo closing: " + result.Error);
        }
    }
}
