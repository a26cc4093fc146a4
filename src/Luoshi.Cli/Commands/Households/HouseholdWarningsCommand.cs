using Luoshi.Domain.Time;
using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage.Households.Reading;
using Luoshi.Storage.Households.Warnings;

namespace Luoshi.Cli.Commands.Households;

/// <summary><c>luoshi households warnings [--as-of D]</c>: late flags, unassisted identifications and households under
/// the line uncovered, by town and village.</summary>
internal static class HouseholdWarningsCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var asOf = new Option<DateOnly?>("--as-of") { Description = "The day (default: today)" };
        var command = new Command("warnings", "Warnings of the register by town and village") { asOf };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var day = result.GetValue(asOf) ?? ChinaTime.Today(TimeProvider.System);
            var warnings = await ledger.HouseholdWarningsAsync(HouseholdViewer.Office, day, ct);
            var o = Console.Out;
            o.WriteLine(Lang.Pick(
                $"截至 {day:yyyy-MM-dd}（识别时限 {warnings.IdentifyWithinDays} 天）：超时未识别 {warnings.Totals.LateFlags} 户，已识别未帮扶 {warnings.Totals.Unassisted} 户，低于标准未识别帮扶 {warnings.Totals.Uncovered} 户",
                $"as of {day:yyyy-MM-dd} (identify within {warnings.IdentifyWithinDays} days): {warnings.Totals.LateFlags} late flag(s), {warnings.Totals.Unassisted} identified without assistance, {warnings.Totals.Uncovered} under the line uncovered"));
            foreach (var town in warnings.Towns)
            {
                o.WriteLine($"{town.Name} ({town.Code})\t{Counts(town.Counts)}");
                foreach (var village in town.Villages)
                {
                    o.WriteLine($"  {village.Name} ({village.Code})\t{Counts(village.Counts)}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Counts(VillageCounts c) =>
        Lang.Pick($"超时未识别 {c.LateFlags} · 未帮扶 {c.Unassisted} · 未覆盖 {c.Uncovered}", $"late {c.LateFlags} · unassisted {c.Unassisted} · uncovered {c.Uncovered}");
}
