using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;

namespace Luoshi.Cli.Commands.Households;

/// <summary><c>luoshi households line set --year 2022 --amount 6000</c> and <c>line list</c>: the monitoring income line.</summary>
internal static class IncomeLineCommand
{
    public static Command Create() => new("line", "The monitoring income line per year (防返贫监测收入标准), set by the office") { Set(), List() };

    private static Command Set()
    {
        var store = new StoreSelection();
        var year = new Option<int>("--year") { Description = "The year the line applies to (incomes of that year are compared with it)", Required = true };
        var amount = new Option<decimal>("--amount") { Description = "Yuan per person per year, e.g. 6000", Required = true };
        var command = new Command("set", "Set a year's line; households of that year now under it are flagged") { year, amount };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var set = await ledger.SetIncomeLineAsync(result.GetValue(year), result.GetValue(amount), ct);
            if (!set.Succeeded)
            {
                return ProblemOutput.Write("luoshi households line set", set.Error!, Console.Error);
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"the income line of {result.GetValue(year)} is {result.GetValue(amount):0.##} yuan; {set.Value} household(s) flagged for identification"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var store = new StoreSelection();
        var command = new Command("list", "The lines by year");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            foreach (var line in await ledger.ListIncomeLinesAsync(ct))
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line.Year}\t{line.Amount:0.##}\tset on {line.SetOn:yyyy-MM-dd}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
