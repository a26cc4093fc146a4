using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Plans;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi target bind T15.2 air.good-day-share:城区</c>: the target's value then comes from the data;
/// <c>--reports</c> returns it to unit reports; <c>--list</c> shows the indicators there are.</summary>
internal static class TargetBindCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var code = new Argument<string?>("TARGET") { Description = "The target number, e.g. T15.2", Arity = ArgumentArity.ZeroOrOne };
        var binding = new Argument<string?>("INDICATOR:SCOPE")
        {
            Description = "The indicator and what it is computed over, e.g. air.good-day-share:城区",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var reports = new Option<bool>("--reports") { Description = "Unbind: the value comes from unit reports again" };
        var list = new Option<bool>("--list") { Description = "List the indicators a target can be bound to" };
        var command = new Command("bind", "Take a target's value from a computed indicator (monitoring data, registers)")
        {
            code, binding, reports, list,
        };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(list))
            {
                foreach (var info in Storage.Ledger.Indicators)
                {
                    Console.Out.WriteLine($"{info.Name}\t{info.Title}\t{info.Unit}\tscope: {info.Scope}");
                }

                return ExitCodes.Success;
            }

            var text = result.GetValue(binding);
            var unbind = result.GetValue(reports);
            var parsed = IndicatorBinding.TryParse(text);
            if (result.GetValue(code) is not { } target || unbind == (text is not null) || (!unbind && parsed is null))
            {
                Console.Error.WriteLine(
                    $"luoshi target bind: expected TARGET and INDICATOR:SCOPE (e.g. T15.2 air.good-day-share:城区), or TARGET --reports{(text is null ? "" : $"; found '{text}'")}");
                return ExitCodes.BadInput;
            }

            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi target bind", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var bound = await ledger.BindTargetAsync(found.Id, target, parsed, ct);
            if (!bound.Succeeded)
            {
                return ProblemOutput.Write("luoshi target bind", bound.Error!, Console.Error);
            }

            Console.Out.WriteLine(parsed is null ? $"{target} takes its value from reports" : $"{target} takes its value from {parsed}");
            return ExitCodes.Success;
        });
        return command;
    }
}
