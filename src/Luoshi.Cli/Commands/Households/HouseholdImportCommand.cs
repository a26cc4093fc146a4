using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Documents.Households;
using Luoshi.Storage.Households.Import;

namespace Luoshi.Cli.Commands.Households;

/// <summary><c>luoshi households import FILE.csv|FILE.xlsx</c>: all rows or none, every bad row named.</summary>
internal static class HouseholdImportCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var file = new Argument<string>("FILE")
        {
            Description = "CSV (or .xlsx, first sheet) with the columns household,village,head,id_number,year,income and optionally "
                + "members,risks,source,hardship_on,flagged_on,identified_on,assisted_on,eliminated_on",
        };
        var command = new Command("import", "Add or update households (by the head's identity number); a file with any bad row stores nothing") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            await using var ledger = await store.OpenAsync(result, ct);
            var xlsx = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
            var imported = xlsx
                ? await ledger.ImportHouseholdsAsync(() => HouseholdSheet.Open(path), null, ct)
                : await RowProgress.RunAsync(path, Lang.Pick("导入农户", "households"), p => ledger.ImportHouseholdsAsync(path, p, ct));
            if (!imported.Succeeded)
            {
                return ProblemOutput.WriteRefusedFile("luoshi households import", path, imported.Errors, Console.Error);
            }

            Console.Out.WriteLine(
                $"{imported.Rows} household(s) imported from {path}: {imported.Created} new, {imported.Updated} updated, {imported.Flagged} flagged for identification");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>For the help text and tests: the columns a file may have.</summary>
    public static IReadOnlyList<string> Columns => HouseholdTable.ColumnNames;
}
