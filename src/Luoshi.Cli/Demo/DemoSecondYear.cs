using Luoshi.Cli.Commands;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Demo;

/// <summary>The demo's second plan year (演示数据), once the first is closed: on 10 January of the next year the office
/// imports the next report (samples/sihui-work-report-2023-excerpt.txt: a 2022 回顾 and the 2023 tasks, repeating 优良率,
/// 新增就业, 民生实事…), leaves out the 回顾's sentences (results, not tasks) and confirms the units; the import suggests
/// the matches to last year's targets by the rule; on the 13th the office carries the tasks confirmed 未完成 over (结转)
/// and on the 14th confirms every suggested match.</summary>
internal static class DemoSecondYear
{
    private const string Office = "演示数据 督查室";

    public static string Report => Path.Combine(AppContext.BaseDirectory, "Samples", "sihui-work-report-2023-excerpt.txt");

    public static async Task<string?> AddAsync(Luoshi.Storage.Ledger ledger, Plan first, DateOnly day, CancellationToken ct)
    {
        var year = first.Year + 1;
        if (day < new DateOnly(year, 1, 15))
        {
            return null;
        }

        if (ReportDrafting.Draft(Report, year, first.Region, null, "luoshi demo", Console.Error) is not { } drafted)
        {
            return "the second demo report does not parse";
        }

        // The 回顾 reports last year's results: the office keeps only this year's tasks.
        var review = drafted.Plan.Sections.Where(s => s.Review).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var draft = drafted.Plan with { Tasks = [.. drafted.Plan.Tasks.Where(t => !review.Contains(t.Section))] };
        var plan = PlanFromDraft.Create(draft, first.Region, drafted.Text, ReportingCadence.MonthlyByDay(28));
        var office = At(ledger, new DateOnly(year, 1, 10), Office);
        var imported = await office.ImportPlanAsync(plan, replace: false, ct);
        if (imported.Outcome == PlanImportOutcome.Refused)
        {
            return imported.Message;
        }

        var government = (await ledger.ListUnitsAsync(ct)).FirstOrDefault(u => u.ParentCode is null)?.Name;
        foreach (var task in plan.Tasks.Where(t => (t.LeadUnit ??= government) is not null))
        {
            await office.AssignAsync(imported.PlanId, task.Code, new Assignment(task.LeadUnit, task.SupportingUnits, "分管副市长", null), ct);
        }

        foreach (var target in plan.Tasks.SelectMany(t => t.Targets).Where(t => t.Measure is Measure.Cumulative or Measure.Ratio or Measure.Level))
        {
            await office.UpdateTargetAsync(imported.PlanId, target.Code, new TargetChange(Public: true), ct);
        }

        var candidates = await ledger.Years.CandidatesAsync(first.Id, ct) ?? [];
        if (candidates.Any(c => c.ByDefault))
        {
            var carried = await At(ledger, new DateOnly(year, 1, 13), Office).Years.CarryOverAsync(first.Id, LifecycleActor.Office, null, ct);
            if (!carried.Succeeded)
            {
                return "demo carry-over: " + carried.Error;
            }
        }

        var confirmed = await At(ledger, new DateOnly(year, 1, 14), Office).Years.ConfirmAllAsync(imported.PlanId, LifecycleActor.Office, ct);
        return confirmed.Succeeded ? null : "demo matches: " + confirmed.Error;
    }

    private static Luoshi.Storage.Ledger At(Luoshi.Storage.Ledger ledger, DateOnly day, string actor) => ledger.ForActor(actor, new DemoClock(day));
}
