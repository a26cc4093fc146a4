using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi audit</c>: the newest entries of the audit trail.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var limit = new Option<int>("--limit") { Description = "How many entries, newest first", DefaultValueFactory = _ => 50 };
        var entity = new Option<string?>("--entity") { Description = "Only changes to this kind of record (plan, task, unit, report)" };
        var full = new Option<bool>("--full") { Description = "Show the records before and after in full (JSON)" };
        var command = new Command("audit", "Show who changed what and when") { limit, entity, full };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var entries = await ledger.AuditAsync(result.GetValue(limit), result.GetValue(entity), ct);
            if (result.GetValue(full))
            {
                // Whole records do not fit a table: one block per entry, easy to read and to grep.
                foreach (var e in entries)
                {
                    Console.Out.WriteLine($"{e.At.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}  {e.Actor}  {e.Action}  {e.Entity} {e.EntityKey}");
                    Console.Out.WriteLine($"  before: {e.Before ?? "∅"}");
                    Console.Out.WriteLine($"  after:  {e.After ?? "∅"}");
                }

                return ExitCodes.Success;
            }

            var table = new Table().AddColumns(Lang.Pick("时间", "when"), Lang.Pick("人员", "who"), Lang.Pick("操作", "action"), Lang.Pick("对象", "what"), Lang.Pick("变更", "change"));
            foreach (var e in entries)
            {
                var change = Shorten(e.Before) + " → " + Shorten(e.After);
                table.AddRow(e.At.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture), Markup.Escape(e.Actor),
                    Markup.Escape(e.Action), Markup.Escape($"{e.Entity} {e.EntityKey}"), Markup.Escape(change));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Shorten(string? json) => json is null ? "∅" : json.Length <= 60 ? json : json[..57] + "…";
}
