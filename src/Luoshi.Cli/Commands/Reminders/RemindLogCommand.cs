using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Storage.Reminders;

namespace Luoshi.Cli.Commands.Reminders;

/// <summary><c>luoshi remind log</c>: the latest deliveries with their state, tries and the gateway's last answer.</summary>
internal static class RemindLogCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var state = new Option<string?>("--state") { Description = "Only pending, sent or failed deliveries" };
        state.AcceptOnlyFromAmong(DeliveryStates.Pending, DeliveryStates.Sent, DeliveryStates.Failed);
        var limit = new Option<int>("--limit") { Description = "How many, newest first", DefaultValueFactory = _ => 200 };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("log", "The delivery log: every reminder to every recipient and channel, newest first") { state, limit, format };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var deliveries = await ledger.Reminders.LogAsync(Math.Clamp(result.GetValue(limit), 1, 10_000), result.GetValue(state), ct);
            RemindOutput.WriteLog(deliveries, result.GetValue(format) == "json", Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }
}
