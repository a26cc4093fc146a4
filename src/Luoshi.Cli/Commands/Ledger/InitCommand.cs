using System.CommandLine;
using Luoshi.Cli.LedgerAccess;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi init</c>: creates the ledger's store, or brings its schema up to date.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var command = new Command("init", "Create the ledger (SQLite file or PostgreSQL database) or update its schema");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = store.StoreFrom(result);
            await using var ledger = await store.OpenAsync(result, ct);
            var plans = await ledger.ListPlansAsync(ct);
            Console.Out.WriteLine($"ledger ready: {options.Describe()} ({plans.Count} plan(s))");
            return ExitCodes.Success;
        });
        return command;
    }
}
