using Luoshi.Domain.Time;
using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Documents.Excel;
using Luoshi.Documents.Ledger;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands.Export;

/// <summary><c>luoshi export …</c>: office files out of the ledger. Each kind of file is one subcommand, added in
/// <see cref="Create"/>; they share the store and plan options and the writing of the output file.</summary>
internal static class ExportCommand
{
    public static Command Create() => new("export", "Office files out of the ledger: the 台账 workbook, a unit's report template, the quarterly notice")
    {
        Ledger(),
        Template(),
        ExportReportCommand.Create(),
        Closing(),
    };

    // luoshi export closing report|workbook: the year's account as the 年度落实情况报告 (.docx) or the closing workbook (.xlsx).
    private static Command Closing()
    {
        var date = new Option<DateOnly?>("--date") { Description = "The report's date, YYYY-MM-DD (default: today)" };
        var report = WithOutput(new Command("report", "年度落实情况报告 (.docx): totals, by section, what fell short and why, every target's final") { date },
            "luoshi export closing report", async (ledger, plan, result, output, ct) =>
                await Luoshi.Documents.Closing.ClosingReportWriter.WriteAsync(ledger, plan, result.GetValue(date) ?? ChinaTime.Today(TimeProvider.System), output, ct));
        var workbook = WithOutput(new Command("workbook", "The closing workbook (.xlsx): one row per task and target with its result and evidence"),
            "luoshi export closing workbook", (ledger, plan, _, output, ct) => Luoshi.Documents.Closing.ClosingWorkbook.WriteAsync(ledger, plan, output, ct));
        var ranking = WithOutput(new Command("ranking", "The unit assessment's ranking (考核排名, .xlsx), every point explained"),
            "luoshi export closing ranking", (ledger, plan, _, output, ct) => Luoshi.Documents.Closing.RankingWorkbook.WriteAsync(ledger, plan, output, ct));
        return new Command("closing", "The year-end account (年底交账) as office files") { report, workbook, ranking };
    }

    private static Command Ledger()
    {
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Statuses as of this day, YYYY-MM-DD (default: today)" };
        var format = new Option<string>("--format") { Description = "xlsx", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx");
        var command = new Command("ledger", "The plan's ledger (台账) as an Excel workbook: one row per target, value and status per period") { asOf, format };
        return WithOutput(command, "luoshi export ledger", (ledger, plan, result, output, ct) =>
            LedgerWorkbook.WriteAsync(ledger, plan, result.GetValue(asOf) ?? ChinaTime.Today(TimeProvider.System), output, ct));
    }

    private static Command Template()
    {
        var unit = new Option<string>("--unit") { Description = "The unit (name or alias) whose tasks the template lists", Required = true };
        var period = new Option<string>("--period") { Description = "The period to report, e.g. 2022-09 or 2022Q3", Required = true };
        var command = new Command("template", "A unit's offline report template (.xlsx) for one period, to fill in and import") { unit, period };
        return WithOutput(command, "luoshi export template", (ledger, plan, result, output, ct) =>
            ReportTemplate.WriteAsync(ledger, plan, result.GetValue(unit)!, result.GetValue(period)!, output, ct));
    }

    /// <summary>Adds the store, plan and <c>-o FILE</c> options and an action that writes the file only when the
    /// export succeeds, so a failed export never leaves a half-written or empty file behind.</summary>
    public static Command WithOutput(
        Command command, string name, Func<Storage.Ledger, int, ParseResult, Stream, CancellationToken, Task<StoreResult>> write)
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var output = new Option<string>("--output", "-o") { Description = "The file to write", Required = true };
        command.Options.Add(output);
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, name, ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            using var buffer = new MemoryStream();
            var written = await write(ledger, found.Id, result, buffer, ct);
            if (!written.Succeeded)
            {
                return ProblemOutput.Write(name, written.Error!, Console.Error);
            }

            var path = result.GetValue(output)!;
            await File.WriteAllBytesAsync(path, buffer.ToArray(), ct);
            Console.Out.WriteLine($"{path} written ({found.Region} {found.Year})");
            return ExitCodes.Success;
        });
        return command;
    }
}
