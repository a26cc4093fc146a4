using System.CommandLine;
using Luoshi.Cli.Demo;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Periods;
using Luoshi.Storage;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi demo</c>: a ledger of the sample report with units, assignments and a seeded year of progress
/// (演示数据), to try everything without typing data in.</summary>
internal static class DemoCommand
{
    private const string DemoDatabase = "luoshi-demo.db";

    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite file of the demo ledger", DefaultValueFactory = _ => DemoDatabase };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Show the status as of this day (default: 10 October of the plan year)" };
        var reset = new Option<bool>("--reset") { Description = $"Replace the file given with --db if it exists ({DemoDatabase} is always rebuilt)" };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated progress", DefaultValueFactory = _ => 2022 };
        var command = new Command("demo", "Build a demo ledger of the sample report with generated progress (演示数据) and show its status")
        {
            db, asOf, reset, seed,
        };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(db)!;
            // The default demo file is the demo's own and is rebuilt each time; any other file is only replaced on request.
            if (File.Exists(path) && path != DemoDatabase && !result.GetValue(reset))
            {
                Console.Error.WriteLine($"luoshi demo: {path} exists; pass --reset to rebuild it, or --db for another file");
                return ExitCodes.BadInput;
            }

            File.Delete(path);
            var drafted = ReportDrafting.Draft(DemoFiles.Report, DemoFiles.Year, DemoFiles.Region, null, "luoshi demo", Console.Error);
            if (drafted is not { } d)
            {
                return ExitCodes.BadInput;
            }

            var plan = PlanFromDraft.Create(d.Plan, DemoFiles.Region, d.Text, ReportingCadence.MonthlyByDay(28));
            var day = result.GetValue(asOf) ?? new DateOnly(plan.Year, 10, 10);
            await using var ledger = await Luoshi.Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(path), "演示数据 demo", new DemoClock(day), ct);
            var error = await DemoLedger.FillAsync(ledger, plan, day, result.GetValue(seed), ct);
            if (error is not null)
            {
                Console.Error.WriteLine($"luoshi demo: {error}");
                return ExitCodes.BadInput;
            }

            AnsiConsole.MarkupLine(Lang.Pick("[bold yellow]演示数据[/]：以下数字由程序按种子生成，不是四会市的真实进展。",
                "[bold yellow]DEMO DATA[/]: the figures below are generated from a seed, not Sihui's real progress."));
            StatusTable.Write([.. (await ledger.ReadPlansAsync(day, ct: ct)).SelectMany(p => p.Targets)], day, AnsiConsole.Console);
            Console.Out.WriteLine($"ledger: {Path.GetFullPath(path)} — try: ./luoshi status --db {path} --as-of {day:yyyy-MM-dd} --unit 人社局");
            return ExitCodes.Success;
        });
        return command;
    }
}
