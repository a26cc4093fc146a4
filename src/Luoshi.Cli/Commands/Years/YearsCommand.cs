using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage.Lifecycle;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Years;

/// <summary><c>luoshi years candidates|carry|matches|match|confirm-matches|series</c>: promises across years
/// (docs/closing.md, "Across years") — the office carries unfinished tasks of a closed year into the next year's plan
/// and confirms or corrects how targets match earlier years'; every decision is audited.</summary>
internal static class YearsCommand
{
    public static Command Create()
    {
        var command = new Command("years", "Promises across years: carry unfinished tasks over (结转), match targets to last year's, a target's series");
        command.Subcommands.Add(Candidates());
        command.Subcommands.Add(Carry());
        command.Subcommands.Add(Matches());
        command.Subcommands.Add(Match());
        command.Subcommands.Add(ConfirmAll());
        command.Subcommands.Add(Series());
        return command;
    }

    private static Command Candidates()
    {
        var format = Format();
        return Wire(new Command("candidates", "The closed year's tasks with their confirmed results; * marks the default choice (未完成)") { format }, "candidates",
            async (result, ledger, plan, _, ct) =>
            {
                var list = (await ledger.Years.CandidatesAsync(plan, ct))!;
                if (result.GetValue(format) == "json")
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { tasks = list }, PlanJsonWriter.Options));
                    return ExitCodes.Success;
                }

                var table = new Table().AddColumns(" ", Lang.Pick("任务", "task"), Lang.Pick("牵头单位", "lead unit"), Lang.Pick("确认结果", "confirmed"),
                    Lang.Pick("原因", "reason"), Lang.Pick("已结转为", "carried to"));
                foreach (var c in list)
                {
                    table.AddRow(c.ByDefault ? "*" : "", Markup.Escape(c.Task), Markup.Escape(c.LeadUnit ?? ""), Markup.Escape(c.Result ?? "—"),
                        Markup.Escape(c.Reason ?? ""), Markup.Escape(c.CarriedTo is null ? "" : $"{c.CarriedToYear} {c.CarriedTo}"));
                }

                AnsiConsole.Console.Write(table);
                return ExitCodes.Success;
            });
    }

    private static Command Carry()
    {
        var tasks = new Option<string[]>("--task") { Description = "A task to carry over (repeat); default: every task confirmed 未完成" };
        return Wire(new Command("carry", "The office carries a closed year's unfinished tasks into the next year's plan (结转)") { tasks }, "carry",
            async (result, ledger, plan, actor, ct) =>
            {
                var done = await ledger.Years.CarryOverAsync(plan, actor, result.GetValue(tasks), ct);
                if (!done.Succeeded)
                {
                    return ProblemOutput.Write("luoshi years carry", done.Error!, Console.Error);
                }

                Console.Out.WriteLine(Lang.Pick($"已结转 {done.Value!.Count} 项：", $"carried over {done.Value!.Count}: ") + string.Join(", ", done.Value));
                return ExitCodes.Success;
            });
    }

    private static Command Matches()
    {
        var format = Format();
        return Wire(new Command("matches", "Every target of the plan beside its match in an earlier year, and whether it is confirmed") { format }, "matches",
            async (result, ledger, plan, _, ct) =>
            {
                var list = await ledger.Years.MatchesAsync(plan, ct);
                if (result.GetValue(format) == "json")
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { targets = list }, PlanJsonWriter.Options));
                    return ExitCodes.Success;
                }

                var table = new Table().AddColumns(Lang.Pick("目标", "target"), Lang.Pick("事项", "subject"), Lang.Pick("目标值", "goal"),
                    Lang.Pick("上年目标", "earlier"), Lang.Pick("上年目标值", "earlier goal"), Lang.Pick("依据", "rule"), Lang.Pick("状态", "state"));
                foreach (var m in list)
                {
                    table.AddRow(Markup.Escape(m.Target), Markup.Escape(m.Subject), Markup.Escape(m.Goal), Markup.Escape(m.Earlier is null ? "—" : $"{m.EarlierYear} {m.Earlier}"),
                        Markup.Escape(m.EarlierGoal ?? ""), Markup.Escape(m.Rule ?? ""), Markup.Escape(m.State ?? ""));
                }

                AnsiConsole.Console.Write(table);
                return ExitCodes.Success;
            });
    }

    private static Command Match()
    {
        var target = new Argument<string>("TARGET") { Description = "The target of this plan, e.g. T5.1" };
        var earlier = new Option<string?>("--earlier") { Description = "The earlier target it matches, if not the one suggested, e.g. T5.2" };
        var earlierYear = new Option<int?>("--earlier-year") { Description = "The earlier target's plan year (default: the region's nearest earlier plan)" };
        var none = new Option<bool>("--none") { Description = "The target matches no earlier one" };
        return Wire(new Command("match", "The office confirms a target's suggested match, names another, or says it has none") { target, earlier, earlierYear, none }, "match",
            async (result, ledger, plan, actor, ct) =>
            {
                var code = result.GetValue(target)!;
                var done = await ledger.Years.DecideAsync(plan, code, actor, result.GetValue(earlier), result.GetValue(earlierYear), result.GetValue(none), ct);
                if (!done.Succeeded)
                {
                    return ProblemOutput.Write("luoshi years match", done.Error!, Console.Error);
                }

                Console.Out.WriteLine($"{code}: {Lang.Pick("已办理", "done")} (match)");
                return ExitCodes.Success;
            });
    }

    private static Command ConfirmAll() =>
        Wire(new Command("confirm-matches", "The office confirms every suggested match of the plan at once"), "confirm-matches",
            async (result, ledger, plan, actor, ct) =>
            {
                var done = await ledger.Years.ConfirmAllAsync(plan, actor, ct);
                if (!done.Succeeded)
                {
                    return ProblemOutput.Write("luoshi years confirm-matches", done.Error!, Console.Error);
                }

                Console.Out.WriteLine(Lang.Pick($"已确认 {done.Value} 个对应", $"confirmed {done.Value} matches"));
                return ExitCodes.Success;
            });

    private static Command Series()
    {
        var target = new Argument<string>("TARGET") { Description = "The target of this plan, e.g. T5.1" };
        var format = Format();
        return Wire(new Command("series", "A target's goal and result in every year it was promised") { target, format }, "series",
            async (result, ledger, plan, _, ct) =>
            {
                var points = await ledger.Years.SeriesAsync(plan, result.GetValue(target)!, ct);
                if (points.Count == 0)
                {
                    Console.Error.WriteLine($"luoshi years series: {Domain.Wording.Catalogue.Years.NoTarget(result.GetValue(target)!)}");
                    return ExitCodes.BadInput;
                }

                if (result.GetValue(format) == "json")
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { series = points }, PlanJsonWriter.Options));
                    return ExitCodes.Success;
                }

                var table = new Table().AddColumns(Lang.Pick("年度", "year"), Lang.Pick("目标", "target"), Lang.Pick("目标值", "goal"), Lang.Pick("完成值", "final"), Lang.Pick("结果", "result"));
                foreach (var p in points)
                {
                    table.AddRow(p.Year.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Target), Markup.Escape(p.Goal),
                        Markup.Escape(p.Final is { } f ? $"{f.ToString("0.##", CultureInfo.InvariantCulture)}{p.Unit}" : "—"),
                        Markup.Escape(p.Result ?? (p.Closed ? "—" : Domain.Wording.Catalogue.Years.NotClosedYet.ToString())));
                }

                AnsiConsole.Console.Write(table);
                return ExitCodes.Success;
            });
    }

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    private static Command Wire(Command command, string name, Func<ParseResult, Luoshi.Storage.Ledger, int, LifecycleActor, CancellationToken, Task<int>> run)
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var unit = new Option<string?>("--unit") { Description = "Act as this unit's reporter (name or alias); default: the account of --as, else the office" };
        command.Options.Add(unit);
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, $"luoshi years {name}", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            LifecycleActor actor;
            if (result.GetValue(unit) is { } u)
            {
                actor = LifecycleActor.OfUnit(await ledger.FindUnitNameAsync(u, ct) ?? u.Trim());
            }
            else
            {
                var account = await ledger.FindAccountAsync(store.ActorFrom(result), ct);
                actor = account is null ? LifecycleActor.Office : new LifecycleActor(account.Role, account.Unit);
            }

            return await run(result, ledger, found.Id, actor, ct);
        });
        return command;
    }
}
