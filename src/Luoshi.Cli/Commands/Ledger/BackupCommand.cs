using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi backup --to FILE</c> and <c>luoshi restore --from FILE [--force]</c> (docs/operations.md).</summary>
internal static class BackupCommand
{
    public static Command Backup()
    {
        var store = new StoreSelection();
        var to = new Option<string>("--to") { Description = "The new backup file (never overwritten)", Required = true };
        var command = new Command("backup", "Write a consistent backup of the ledger while it is in use (SQLite: VACUUM INTO; PostgreSQL: pg_dump)") { to };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = store.StoreFrom(result);
            var written = await LedgerBackup.BackupAsync(options, result.GetValue(to)!, ct);
            if (!written.Succeeded)
            {
                return ProblemOutput.Write("luoshi backup", written.Error!, Console.Error);
            }

            var s = written.Value!;
            Console.Out.WriteLine($"backup of {options.Describe()} written to {s.File} ({s.Bytes:N0} bytes, {s.Rows:N0} rows)");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Restore()
    {
        var store = new StoreSelection();
        var from = new Option<string>("--from") { Description = "A file written by luoshi backup", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace a ledger that already holds data (stop the server and back it up first)" };
        var command = new Command("restore", "Restore the ledger from a backup; refuses to replace a ledger that holds data unless --force") { from, force };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = store.StoreFrom(result);
            var restored = await LedgerBackup.RestoreAsync(options, result.GetValue(from)!, result.GetValue(force), store.ActorFrom(result), TimeProvider.System, ct);
            if (!restored.Succeeded)
            {
                return ProblemOutput.Write("luoshi restore", restored.Error!, Console.Error);
            }

            var s = restored.Value!;
            Console.Out.WriteLine($"{options.Describe()} restored from {s.File} ({s.Rows:N0} rows)");
            return ExitCodes.Success;
        });
        return command;
    }
}
