using System.Globalization;
using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Demo;

/// <summary>Replays a year of supervision (演示数据) on the demo plan, each step on its own day up to the demo day: every
/// task with a lead unit assigned in late February and signed (every seventh late, the last one never), the tasks
/// without a target given three milestones (some done early, some overdue) and narrative reports, two closed (销号), one
/// extension granted and one refused, a red 督办单, and a few 批示件, 会议议定事项 and 政协提案. Which task gets what
/// follows the plan's order, so any report works.</summary>
internal static class DemoLifecycle
{
    private const string Office = "演示数据 督查室";

    public static async Task<string?> ReplayAsync(Luoshi.Storage.Ledger ledger, Plan plan, DateOnly day, CancellationToken ct)
    {
        var year = plan.Year;
        var tasks = plan.Tasks.Where(t => t.LeadUnit is not null).ToList();
        if (tasks.Count == 0)
        {
            return null;
        }

        var assignOn = new DateOnly(year, 2, 21);
        foreach (var task in tasks)
        {
            Check(await At(ledger, assignOn).Lifecycle.AssignAsync(plan.Id, task.Code, LifecycleActor.Office, ct));
        }

        for (var i = 0; i < tasks.Count - 1; i++)
        {
            var signOn = i % 7 == 3 ? new DateOnly(year, 3, 1) : assignOn.AddDays(1 + (i % 3));
            Check(await At(ledger, signOn, tasks[i].LeadUnit!).Lifecycle.SignAsync(plan.Id, tasks[i].Code, Unit(tasks[i]), ct));
        }

        var qualitative = tasks.Take(tasks.Count - 1).Where(t => t.Targets.Count == 0).ToList();
        await ReportAsync(ledger, plan, qualitative, day, ct);
        for (var q = 0; q < qualitative.Count; q++)
        {
            await MilestonesAsync(ledger, plan, qualitative[q], q, day, ct);
        }

        await SpecialCasesAsync(ledger, plan, qualitative, day, ct);
        return await DemoItems.CreateAsync(ledger, plan, day, ct);
    }

    // Milestone 2 falls due at the end of August, September or October by the task's place; every third task does it
    // early, the others on time — except the overdue ones (places 4 and 6).
    private static async Task MilestonesAsync(Luoshi.Storage.Ledger ledger, Plan plan, PlanTask task, int q, DateOnly day, CancellationToken ct)
    {
        var year = plan.Year;
        var unit = Unit(task);
        var secondDue = q == 4 ? new DateOnly(year, 8, 31) : new DateOnly(year, 9 + (q % 2), 30).AddDays(q % 2 == 1 ? 1 : 0);
        var last = new DateOnly(year, 12, 15) < task.Deadline ? new DateOnly(year, 12, 15) : task.Deadline;
        var drafts = new MilestoneDraft[]
        {
            new("演示数据：制定实施方案", new DateOnly(year, 3, 31), "实施方案印发文件"),
            new("演示数据：完成年度任务过半", secondDue, "阶段性工作台账、现场照片"),
            new("演示数据：完成年度任务", last, "总结报告、验收材料"),
        };
        Check(await At(ledger, new DateOnly(year, 3, 2), task.LeadUnit!).Lifecycle.ProposeMilestonesAsync(plan.Id, task.Code, unit, drafts, ct));
        Check(await At(ledger, new DateOnly(year, 3, 4), Office).Lifecycle.DecideMilestonesAsync(plan.Id, task.Code, LifecycleActor.Office, approve: true, ct: ct));
        Check(await At(ledger, new DateOnly(year, 3, 25), task.LeadUnit!).Lifecycle.CompleteMilestoneAsync(plan.Id, task.Code, unit, 1, "演示数据：实施方案.pdf", ct));
        var overdue = q is 4 or 6;
        var doneOn = q < 2 ? new DateOnly(year, 9, 9) : q % 3 == 2 ? new DateOnly(year, 8, 20) : secondDue.AddDays(-3);
        if (!overdue && doneOn <= day)
        {
            Check(await At(ledger, doneOn, task.LeadUnit!).Lifecycle.CompleteMilestoneAsync(plan.Id, task.Code, unit, 2, "演示数据：阶段台账.xlsx", ct));
        }

        if (q < 2 && day > new DateOnly(year, 9, 12))
        {
            // The two tasks closed in September finished early.
            Check(await At(ledger, new DateOnly(year, 9, 12), task.LeadUnit!).Lifecycle.CompleteMilestoneAsync(plan.Id, task.Code, unit, 3, "演示数据：总结报告.pdf", ct));
        }
    }

    // Places 0 and 1 are closed (销号) in September, 2 is granted an extension, 3 refused one, 4 gets a red 督办单.
    private static async Task SpecialCasesAsync(Luoshi.Storage.Ledger ledger, Plan plan, List<PlanTask> q, DateOnly day, CancellationToken ct)
    {
        var year = plan.Year;
        for (var i = 0; i < Math.Min(2, q.Count); i++)
        {
            Check(await At(ledger, new DateOnly(year, 9, 13), q[i].LeadUnit!).Lifecycle.RequestCloseAsync(plan.Id, q[i].Code, Unit(q[i]), "演示数据：年度任务已提前完成，材料齐全", ct));
            Check(await At(ledger, new DateOnly(year, 9, 16), Office).Lifecycle.ReviewCloseAsync(plan.Id, q[i].Code, LifecycleActor.Office, approve: true, ct: ct));
        }

        if (q.Count > 3)
        {
            Check(await At(ledger, new DateOnly(year, 8, 15), q[2].LeadUnit!).Lifecycle.RequestExtensionAsync(plan.Id, q[2].Code, Unit(q[2]), new DateOnly(year + 1, 6, 30), "演示数据：上级审批未完成，资金尚未到位", ct));
            Check(await At(ledger, new DateOnly(year, 8, 19), Office).Lifecycle.DecideExtensionAsync(plan.Id, q[2].Code, LifecycleActor.Office, grant: true, "同意延期，按月报告", ct));
            Check(await At(ledger, new DateOnly(year, 8, 16), q[3].LeadUnit!).Lifecycle.RequestExtensionAsync(plan.Id, q[3].Code, Unit(q[3]), new DateOnly(year + 1, 3, 31), "演示数据：施工进度受天气影响", ct));
            Check(await At(ledger, new DateOnly(year, 8, 22), Office).Lifecycle.DecideExtensionAsync(plan.Id, q[3].Code, LifecycleActor.Office, grant: false, "理由不充分，请加快推进", ct));
        }

        // Milestone 2 of place 4 was due 31 August; on the last working day before the demo day it is over 30 days late.
        if (q.Count > 4 && day > new DateOnly(year, 10, 1))
        {
            Check(await At(ledger, day.AddDays(-2), Office).Lifecycle.IssueNoticeAsync(plan.Id, q[4].Code, LifecycleActor.Office, "演示数据 分管负责人", ct));
        }
    }

    // The tasks without a target send words every month: all through the last past-due period, but the eighth; each
    // report on the day its unit sends it (DemoReportDays), so a late one counts late.
    private static async Task ReportAsync(Luoshi.Storage.Ledger ledger, Plan plan, List<PlanTask> q, DateOnly day, CancellationToken ct)
    {
        var calendar = new Domain.Periods.ReportingCalendar(plan.Year, plan.Cadence);
        var through = calendar.PastDue(day);
        var days = new Random(plan.Year + 7);
        var reports = q.SelectMany((t, i) => Enumerable.Range(1, i == 7 ? through - 1 : through)
            .Select(p => (On: DemoReportDays.SentOn(t.LeadUnit!, calendar[p], day, days), Draft: new ReportDraft(
                plan.Id, t.Code, p, t.LeadUnit!, [], $"演示数据：{plan.Year}年{p}月按节点计划推进", p % 4 == 0 ? "要素保障有待加强" : "无", "继续按节点推进", []))))
            .Where(r => r.On is not null).ToList();
        foreach (var sent in reports.GroupBy(r => r.On!.Value).OrderBy(g => g.Key))
        {
            var batch = new ReportBatch("演示数据 qualitative", $"demo-{plan.Id.ToString(CultureInfo.InvariantCulture)}-{sent.Key:yyyyMMdd}", [.. sent.Select(r => r.Draft)], Submit: true);
            var result = await ledger.ForActor("演示数据 demo", new DemoClock(sent.Key)).ImportReportsAsync(plan.Id, batch, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors));
            }
        }
    }

    private static LifecycleActor Unit(PlanTask task) => LifecycleActor.OfUnit(task.LeadUnit!);

    private static Luoshi.Storage.Ledger At(Luoshi.Storage.Ledger ledger, DateOnly day, string actor = Office) =>
        ledger.ForActor(actor.StartsWith("演示", StringComparison.Ordinal) ? actor : "演示数据 " + actor, new DemoClock(day));

    // The demo's steps are the product's own; one refused is a bug in the demo.
    private static void Check(StoreResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("demo lifecycle: " + result.Error);
        }
    }
}
