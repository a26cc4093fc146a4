using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi stations import FILE.csv</c> and <c>luoshi stations list</c>: the air monitoring stations the
/// office registers, with the sets (城区, 全市) a target's scope names.</summary>
internal static class StationsCommand
{
    public static Command Create() => new("stations", "Air monitoring stations and the sets they belong to (城区, 全市)")
    {
        Import(),
        List(),
        StationsAreaClassCommand.Create(),
    };

    private static Command Import()
    {
        var store = new StoreSelection();
        var file = new Argument<string>("FILE") { Description = "CSV with the header station,name,district,latitude,longitude,sets (the last four optional)" };
        var command = new Command("import", "Add or update stations from a CSV file; a file with any bad row stores nothing") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            await using var ledger = await store.OpenAsync(result, ct);
            var imported = await ledger.ImportStationsAsync(path, ct);
            if (!imported.Succeeded)
            {
                return ProblemOutput.WriteRefusedFile("luoshi stations import", path, imported, Console.Error);
            }

            Console.Out.WriteLine($"{imported.Rows} station(s) imported from {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var store = new StoreSelection();
        var command = new Command("list", "List the stations");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var table = new Table().AddColumns(Lang.Pick("代码", "station"), Lang.Pick("名称", "name"), Lang.Pick("区县", "district"),
                Lang.Pick("纬度", "latitude"), Lang.Pick("经度", "longitude"), Lang.Pick("所属集合", "sets"));
            foreach (var s in await ledger.ListStationsAsync(ct))
            {
                table.AddRow(Markup.Escape(s.Code), Markup.Escape(s.Name), Markup.Escape(s.District),
                    s.Latitude?.ToString(CultureInfo.InvariantCulture) ?? "", s.Longitude?.ToString(CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(string.Join(';', s.Sets)));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
