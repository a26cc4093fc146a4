using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Cli.Demo;

/// <summary>A handful of items from other sources (演示数据): three 领导批示件, a 会议议定事项 and two 政协提案, given to the
/// plan's first lead units, one proposal answered and rated, one instruction signed late.</summary>
internal static class DemoItems
{
    public static async Task<string?> CreateAsync(Luoshi.Storage.Ledger ledger, Plan plan, DateOnly day, CancellationToken ct)
    {
        var units = plan.Tasks.Select(t => t.LeadUnit).OfType<string>().Distinct().Take(4).ToList();
        if (units.Count == 0 || day.Month < 9)
        {
            return null;
        }

        var year = plan.Year;
        var items = new (ItemSource Source, string Title, string Document, string Leader, int Unit, DateOnly Due, DateOnly Created)[]
        {
            (ItemSource.Instruction, "【演示数据】关于做好汛期安全生产工作的批示", "市长批示（演示）", "市长", 0, new DateOnly(year, 10, 31), new DateOnly(year, 9, 1)),
            (ItemSource.Instruction, "【演示数据】关于加快推进重点项目建设的批示", "常务副市长批示（演示）", "常务副市长", 1, new DateOnly(year, 11, 30), new DateOnly(year, 9, 5)),
            (ItemSource.Instruction, "【演示数据】关于群众反映农村道路破损问题的批示", "分管副市长批示（演示）", "分管副市长", 2, new DateOnly(year, 9, 30), new DateOnly(year, 9, 8)),
            (ItemSource.MeetingDecision, "【演示数据】市政府常务会议议定：优化营商环境专项行动", "市政府常务会议纪要（演示）", "市长", 3 % units.Count, new DateOnly(year, 12, 31), new DateOnly(year, 9, 9)),
            (ItemSource.CppccProposal, "【演示数据】关于增加城区公办幼儿园学位的提案", "政协提案第12号（演示）", "分管副市长", 0, new DateOnly(year, 10, 31), new DateOnly(year, 9, 1)),
            (ItemSource.CppccProposal, "【演示数据】关于加强农村养老服务的提案", "政协提案第27号（演示）", "分管副市长", 1, new DateOnly(year, 11, 30), new DateOnly(year, 9, 2)),
        };
        var numbers = new List<string>();
        foreach (var i in items)
        {
            var at = ledger.ForActor("演示数据 督查室", new DemoClock(i.Created));
            var created = await at.Lifecycle.CreateItemAsync(LifecycleActor.Office,
                new NewItem(i.Source, year, i.Title, i.Document, i.Leader, units[i.Unit % units.Count], i.Due, Demo: true), ct);
            if (!created.Succeeded)
            {
                return created.Error!.ToString();
            }

            numbers.Add(created.Value!);
            // Each signs two days later, but the third instruction (signed a week late).
            var signOn = i.Created.AddDays(numbers.Count == 3 ? 9 : 2);
            var unit = LifecycleActor.OfUnit(units[i.Unit % units.Count]);
            var signed = await ledger.ForActor("演示数据 " + unit.Unit, new DemoClock(signOn)).Lifecycle.StepItemAsync(created.Value!, unit, LifecycleStep.Sign, ct: ct);
            if (!signed.Succeeded)
            {
                return signed.Error!.ToString();
            }
        }

        // The first proposal is answered and rated 满意.
        var proposal = numbers[4];
        var lead = LifecycleActor.OfUnit(units[0]);
        var replied = await ledger.ForActor("演示数据 " + units[0], new DemoClock(new DateOnly(year, 9, 26))).Lifecycle
            .StepItemAsync(proposal, lead, LifecycleStep.RequestClose, "演示数据：已新增公办学位 600 个，答复提案人", ct: ct);
        var closed = await ledger.ForActor("演示数据 督查室", new DemoClock(new DateOnly(year, 9, 30))).Lifecycle
            .StepItemAsync(proposal, LifecycleActor.Office, LifecycleStep.ApproveClose, satisfaction: Satisfaction.Satisfied, ct: ct);
        return replied.Succeeded ? (closed.Succeeded ? null : closed.Error!.ToString()) : replied.Error!.ToString();
    }
}
