using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi units import FILE.csv</c> and <c>luoshi units list</c>: departments and org units.</summary>
internal static class UnitsCommand
{
    public static Command Create() => new("units", "Departments and org units (city → town/subdistrict → village)")
    {
        Import(),
        List(),
    };

    private static Command Import()
    {
        var store = new StoreSelection();
        var file = new Argument<string>("FILE") { Description = "CSV with the header code,name,kind,parent,aliases" };
        var command = new Command("import", "Add or update units from a CSV file; a file with any bad row stores nothing") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            await using var ledger = await store.OpenAsync(result, ct);
            var imported = await RowProgress.RunAsync(path, Lang.Pick("导入单位", "units"), p => ledger.ImportUnitsAsync(path, p, ct));
            if (!imported.Succeeded)
            {
                return ProblemOutput.WriteRefusedFile("luoshi units import", path, imported, Console.Error);
            }

            Console.Out.WriteLine($"{imported.Rows} unit(s) imported from {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var store = new StoreSelection();
        var command = new Command("list", "List the units");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var table = new Table().AddColumns(Lang.Pick("代码", "code"), Lang.Pick("名称", "name"), Lang.Pick("类型", "kind"), Lang.Pick("上级", "parent"), Lang.Pick("别名", "aliases"));
            foreach (var unit in await ledger.ListUnitsAsync(ct))
            {
                table.AddRow(Markup.Escape(unit.Code), Markup.Escape(unit.Name), unit.Kind.ToString().ToLowerInvariant(),
                    Markup.Escape(unit.ParentCode ?? ""), Markup.Escape(string.Join('|', unit.Aliases)));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
