using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Households;

namespace Luoshi.Cli.Commands.Households;

/// <summary><c>luoshi households limit --days 15</c>: how long a flagged household may wait to be identified.</summary>
internal static class TimeLimitCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var days = new Option<int?>("--days") { Description = "Set the days (1–365); without it the current limit is shown" };
        var command = new Command("limit", "The time limit for identifying a flagged household (default 15 days)") { days };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (result.GetValue(days) is { } wanted)
            {
                var set = await ledger.SetMonitoringRulesAsync(new MonitoringRules(wanted), ct);
                if (!set.Succeeded)
                {
                    return ProblemOutput.Write("luoshi households limit", set.Error!, Console.Error);
                }
            }

            Console.Out.WriteLine($"a flagged household is to be identified within {(await ledger.MonitoringRulesAsync(ct)).IdentifyWithinDays} day(s)");
            return ExitCodes.Success;
        });
        return command;
    }
}
