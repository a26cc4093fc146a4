using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Storage;
using Luoshi.Storage.Villages;

namespace Luoshi.Cli.Commands.Villages;

/// <summary>The shape every <c>luoshi villages … import FILE</c> shares: read the file (CSV or .xlsx), hand it to
/// the ledger, print what was stored or every located problem and exit 2 with nothing stored.</summary>
internal static class VillageFileImport
{
    public static Command Create(
        string name, string description, string what, Func<VillageLedger, VillageFile, ParseResult, CancellationToken, Task<CsvImportResult>> import,
        params Option[] options)
    {
        var store = new StoreSelection();
        var file = new Argument<string>("FILE") { Description = "CSV (UTF-8) or Excel workbook (.xlsx, first sheet); columns in docs/villages.md" };
        var command = new Command(name, description) { file };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            var label = $"luoshi {string.Join(' ', CommandPath(result))}";
            var (read, error) = VillageFile.FromPath(path);
            if (read is null)
            {
                return ProblemOutput.Write(label, error!, Console.Error);
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var imported = await import(ledger.Villages, read, result, ct);
            if (!imported.Succeeded)
            {
                return ProblemOutput.WriteRefusedFile(label, path, imported, Console.Error);
            }

            Console.Out.WriteLine($"{imported.Rows} {what} imported from {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<string> CommandPath(ParseResult result)
    {
        var names = new List<string>();
        for (var c = result.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, c.Command.Name);
        }

        return names.Skip(1);
    }
}
