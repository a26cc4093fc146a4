using Luoshi.Domain.Time;
using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Reading;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi status</c>: where every target stands as of a date.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Evaluate as of this day, YYYY-MM-DD (default: today)" };
        var unit = new Option<string?>("--unit") { Description = "Only targets whose task this unit leads" };
        var format = new Option<string>("--format") { Description = "table (coloured) or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("status", "Where every target stands: actual, expected, projection and status") { asOf, unit, format };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi status", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            // The command line may read the clock; the evaluation itself only ever gets a date.
            var day = result.GetValue(asOf) ?? ChinaTime.Today(TimeProvider.System);
            var reading = await ledger.ReadPlanAsync(found.Id, day, ct: ct);
            IReadOnlyList<TargetReading> targets = reading?.Targets ?? [];
            if (result.GetValue(unit) is { } named)
            {
                // A unit by its short name or alias, as everywhere; words no unit is called still match a task's
                // lead unit as the parser wrote it.
                var lead = await ledger.FindUnitNameAsync(named, ct) ?? named.Trim();
                targets = [.. targets.Where(t => t.Task.LeadUnit == lead)];
            }

            if (result.GetValue(format) == "json")
            {
                StatusJson.Write(targets, day, Console.Out);
            }
            else
            {
                StatusTable.Write(targets, day, AnsiConsole.Console);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
