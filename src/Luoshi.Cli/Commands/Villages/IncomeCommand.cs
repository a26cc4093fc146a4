using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;

namespace Luoshi.Cli.Commands.Villages;

/// <summary><c>luoshi villages income import FILE</c> and <c>luoshi villages income threshold --year Y --amount 10</c>.</summary>
internal static class IncomeCommand
{
    public static Command Create() => new("income", "Collective operating income (万元) and the office's income line")
    {
        VillageFileImport.Create("import", "Store income per village and year (village,year,income in 万元)", "figure(s)", (v, f, _, ct) => v.ImportIncomeAsync(f, ct)),
        Threshold(),
    };

    private static Command Threshold()
    {
        var store = new StoreSelection();
        var year = new Option<int>("--year") { Description = "The year the line applies to", Required = true };
        var amount = new Option<decimal>("--amount") { Description = "The line in 万元; villages with less are counted", Required = true };
        var command = new Command("threshold", "Set the income line of a year (e.g. 10 万元)") { year, amount };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var set = await ledger.Villages.SetIncomeThresholdAsync(result.GetValue(year), result.GetValue(amount), ct);
            if (!set.Succeeded)
            {
                return ProblemOutput.Write("luoshi villages income threshold", set.Error!, Console.Error);
            }

            Console.Out.WriteLine($"income line of {result.GetValue(year)}: {result.GetValue(amount)} 万元");
            return ExitCodes.Success;
        });
        return command;
    }
}
