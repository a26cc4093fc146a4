using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Documents.Excel;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi progress import FILE.csv|FILE.xlsx</c>: many reports at once from a CSV file or a filled-in
/// report template; a file with any bad row stores nothing.</summary>
internal static class ProgressImportCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var file = new Argument<string>("FILE")
        {
            Description = "CSV with the header task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state, "
                + "or a report template (.xlsx) from luoshi export template, filled in",
        };
        var unit = new Option<string?>("--unit") { Description = "For a template: accept only this unit's (name or alias)" };
        var submit = new Option<bool>("--submit") { Description = "For a template: store the reports as submitted (default: drafts)" };
        var command = new Command("import", "Import progress reports from a CSV file or a filled-in template (all rows or none)") { file, unit, submit };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi progress import", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var imported = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? await TemplateImport.ImportAsync(ledger, found.Id, path, result.GetValue(unit), result.GetValue(submit), ct)
                : await RowProgress.RunAsync(path, Lang.Pick("导入进展", "progress"), p => ledger.ImportProgressAsync(found.Id, path, p, ct));
            if (!imported.Succeeded)
            {
                return ProblemOutput.WriteRefusedFile("luoshi progress import", path, imported, Console.Error);
            }

            Console.Out.WriteLine($"{imported.Rows} row(s) imported from {path} into {found.Region} {found.Year}");
            return ExitCodes.Success;
        });
        return command;
    }
}
