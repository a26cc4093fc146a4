using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi progress add</c>: saves one unit's report on one task for one period (as a draft, or submitted).</summary>
internal static class ProgressAddCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var task = new Option<string>("--task") { Description = "The task, e.g. T15", Required = true };
        var period = new Option<string>("--period") { Description = "The period: 2022-03 (monthly) or 2022Q3 (quarterly)", Required = true };
        var unit = new Option<string>("--unit") { Description = "The reporting unit (the task's lead or a supporting unit)", Required = true };
        var values = new Option<string[]>("--value") { Description = "A target's value: T15.1=400, T3.1=81/150, T30.1=done:2022-09-15 (repeat for each target)" };
        var progress = new Option<string>("--progress") { Description = "进展情况", DefaultValueFactory = _ => "" };
        var problems = new Option<string>("--problems") { Description = "存在问题", DefaultValueFactory = _ => "" };
        var next = new Option<string>("--next") { Description = "下一步措施", DefaultValueFactory = _ => "" };
        var evidence = new Option<string[]>("--evidence") { Description = "An evidence reference (file name, document number, link); repeatable" };
        var version = new Option<int?>("--version") { Description = "The version you are editing, to update an existing draft (see luoshi progress list)" };
        var submit = new Option<bool>("--submit") { Description = "Submit the report for review after saving it" };
        var command = new Command("add", "Save a progress report (draft, or submitted with --submit)")
        {
            task, period, unit, values, progress, problems, next, evidence, version, submit,
        };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi progress add", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var rules = found.Tasks.SelectMany(t => t.Targets).ToDictionary(t => t.Code, t => ValueRule.Of(t, found.Year), StringComparer.Ordinal);
            var parsed = (result.GetValue(values) ?? []).Select(v => TargetValueText.Parse(v, code => rules.GetValueOrDefault(code))).ToList();
            if (parsed.FirstOrDefault(p => p.Error is not null).Error is { } valueError)
            {
                Console.Error.WriteLine($"luoshi progress add: {valueError}");
                return ExitCodes.BadInput;
            }

            var calendar = new ReportingCalendar(found.Year, found.Cadence);
            if (calendar.Parse(result.GetValue(period)!) is not { } p)
            {
                Console.Error.WriteLine($"luoshi progress add: --period {result.GetValue(period)}: expected a period of {found.Year}, e.g. {calendar[3].Name}");
                return ExitCodes.BadInput;
            }

            var draft = new ReportDraft(found.Id, result.GetValue(task)!, p.Number, result.GetValue(unit)!,
                [.. parsed.Select(v => v.Value!)], result.GetValue(progress)!, result.GetValue(problems)!, result.GetValue(next)!,
                result.GetValue(evidence) ?? []);
            var saved = await ledger.SaveReportAsync(draft, result.GetValue(version), ct);
            if (!saved.Succeeded)
            {
                return ProblemOutput.Write("luoshi progress add", saved.Error!, Console.Error);
            }

            var report = saved.Value!;
            if (result.GetValue(submit))
            {
                var submitted = await ledger.TransitionAsync(report.Id, ReportAction.Submit, null, report.Version, ct);
                if (!submitted.Succeeded)
                {
                    return ProblemOutput.Write("luoshi progress add", submitted.Error!, Console.Error);
                }

                report = submitted.Value!;
            }

            Console.Out.WriteLine($"report #{report.Id} {draft.TaskCode} {p.Name} {draft.Unit}: {report.State.ToString().ToLowerInvariant()} (version {report.Version})");
            return ExitCodes.Success;
        });
        return command;
    }
}
