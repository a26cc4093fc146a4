using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Time;
using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Storage.Reminders;

namespace Luoshi.Cli.Commands.Reminders;

/// <summary><c>luoshi remind run</c>: plans the reminders due now (or on a day) and sends those no run has stored yet;
/// for a cron-driven deployment. A second run the same day sends nothing new.</summary>
internal static class RemindRunCommand
{
    /// <summary>A day given with --as-of is planned as at this time (China), when offices open.</summary>
    public static readonly TimeOnly OfficeOpens = new(9, 0);

    public static Command Create()
    {
        var store = new StoreSelection();
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Plan as at 09:00 (China time) of this day, YYYY-MM-DD (default: now)" };
        var dry = new Option<bool>("--dry-run") { Description = "Only list what would be sent; store and send nothing" };
        var config = new Option<string?>("--config") { Description = "JSON settings with a Reminders section (default: ./appsettings.json if present; the environment wins)" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("run", "Send the reminders due now: to each unit's inbox and its contacts' channels, each once") { asOf, dry, config, format };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = ReminderConfiguration.Read(ReminderConfiguration.ForCommandLine(result.GetValue(config)));
            var now = result.GetValue(asOf) is { } day
                ? new DateTimeOffset(day.ToDateTime(OfficeOpens), ChinaTime.Offset)
                : TimeProvider.System.GetUtcNow();
            await using var ledger = await store.OpenAsync(result, ct);
            using var channels = new ChannelSet(options, TimeProvider.System);
            var setup = ReminderSetup.Everything(options.LinkBase);
            var report = await new ReminderRun(ledger, setup, options, channels, TimeProvider.System).RunAsync(now, result.GetValue(dry), ct);
            RemindOutput.Write(report, result.GetValue(format) == "json", Console.Out);
            return report.Deliveries.Any(d => d.State == DeliveryStates.Failed) ? ExitCodes.DeliveriesFailed : ExitCodes.Success;
        });
        return command;
    }
}
