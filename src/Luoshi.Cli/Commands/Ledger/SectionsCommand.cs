using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Indicators.Water;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi sections import FILE.csv</c> and <c>luoshi sections list</c>: the water monitoring sections (断面)
/// the office registers, with target class, level and the sets a target's scope names.</summary>
internal static class SectionsCommand
{
    public static Command Create() => new("sections", "Water monitoring sections (断面): target class, level, sets")
    {
        Import(),
        List(),
    };

    private static Command Import()
    {
        var store = new StoreSelection();
        var file = new Argument<string>("FILE") { Description = "CSV with the header section,name,water_body,target_class,level,sets (level and sets optional)" };
        var command = new Command("import", "Add or update sections from a CSV file; a file with any bad row stores nothing") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            await using var ledger = await store.OpenAsync(result, ct);
            var imported = await ledger.ImportSectionsAsync(path, ct);
            if (!imported.Succeeded)
            {
                return ProblemOutput.WriteRefusedFile("luoshi sections import", path, imported, Console.Error);
            }

            Console.Out.WriteLine($"{imported.Rows} section(s) imported from {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var store = new StoreSelection();
        var command = new Command("list", "List the sections");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var table = new Table().AddColumns(Lang.Pick("代码", "section"), Lang.Pick("名称", "name"), Lang.Pick("水体", "water_body"),
                Lang.Pick("目标类别", "target_class"), Lang.Pick("级别", "level"), Lang.Pick("所属集合", "sets"));
            foreach (var s in await ledger.ListSectionsAsync(ct))
            {
                table.AddRow(Markup.Escape(s.Code), Markup.Escape(s.Name), s.Body == WaterBody.Lake ? "lake" : "river",
                    WaterClasses.Name(s.TargetClass), Markup.Escape(s.Level), Markup.Escape(string.Join(';', s.Sets)));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
