using System.CommandLine;
using Luoshi.Cli.Demo;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Periods;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Scheduling;
using Luoshi.Storage;
using Luoshi.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Luoshi.Cli.Commands;

/// <summary><c>luoshi serve</c>: the web application over a ledger; with <c>--demo</c>, over a freshly built demo ledger
/// of the sample report with generated accounts, whose passwords it prints.</summary>
internal static class ServeCommand
{
    private const string DemoDatabase = "luoshi-demo.db";

    public static Command Create()
    {
        var store = new StoreSelection();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var demo = new Option<bool>("--demo") { Description = $"Serve a demo ledger of the sample report ({DemoDatabase}, rebuilt), with generated 演示数据 and accounts" };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Evaluate targets as of this day (default: today in China; for --demo, 10 October of the plan year)" };
        var keys = new Option<string?>("--keys") { Description = "Directory of the cookie-signing keys; give several instances the same one (default: beside a SQLite ledger, else the user profile)" };
        var command = new Command("serve", "Serve the web application: overview, task breakdown, reporting, review, public page and REST API") { urls, demo, asOf, keys };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            Luoshi.Storage.Ledger ledger;
            var day = result.GetValue(asOf);
            IReadOnlyList<DemoAccounts.Created> accounts = [];
            if (result.GetValue(demo))
            {
                (ledger, day, accounts) = await BuildDemoAsync(day, ct);
            }
            else
            {
                ledger = await store.OpenAsync(result, ct);
            }

            await using (ledger)
            {
                var settings = new WebSettings(day, result.GetValue(demo)) { KeysDirectory = result.GetValue(keys) ?? KeysBeside(result.GetValue(demo) ? StoreOptions.SqliteFile(DemoDatabase) : store.StoreFrom(result)) };
                var app = LuoshiWebApp.Build(ledger, settings, [], b =>
                {
                    b.WebHost.UseUrls(result.GetValue(urls)!);
                    // The demo's clock stands still on its day; its reminders were sent when it was built.
                    var reminders = ReminderConfiguration.Read(b.Configuration);
                    if (reminders.Scheduler && !result.GetValue(demo))
                    {
                        b.Services.AddReminderScheduler(ledger, store.StoreFrom(result), reminders, TimeProvider.System);
                    }
                });
                await app.StartAsync(ct);
                Print(app.Urls, accounts, day);
                await app.WaitForShutdownAsync(ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<(Luoshi.Storage.Ledger, DateOnly?, IReadOnlyList<DemoAccounts.Created>)> BuildDemoAsync(DateOnly? asOf, CancellationToken ct)
    {
        File.Delete(DemoDatabase);
        var drafted = ReportDrafting.Draft(DemoFiles.Report, DemoFiles.Year, DemoFiles.Region, null, "luoshi serve --demo", Console.Error)
            ?? throw new InvalidOperationException("the sample report shipped with the program could not be read");
        var plan = PlanFromDraft.Create(drafted.Plan, DemoFiles.Region, drafted.Text, ReportingCadence.MonthlyByDay(28));
        var day = asOf ?? new DateOnly(plan.Year, 10, 10);
        var ledger = await Luoshi.Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(DemoDatabase), "演示数据 demo", new DemoClock(day), ct);
        var error = await DemoLedger.FillAsync(ledger, plan, day, DemoFiles.Year, ct);
        var planId = (await ledger.ListPlansAsync(ct))[0].Id;
        var (accounts, accountError) = error is null ? await DemoAccounts.CreateAsync(ledger, planId, ct) : ([], null);
        if ((error ?? accountError) is { } problem)
        {
            throw new InvalidOperationException($"the demo ledger could not be built: {problem}");
        }

        return (ledger, day, accounts);
    }

    /// <summary>Keys beside a SQLite file survive a restart with the ledger they belong to (sessions stay signed in).</summary>
    private static string? KeysBeside(StoreOptions options) => options.Provider == StoreProvider.Sqlite
        ? Path.Combine(Path.GetDirectoryName(options.ConnectionString["Data Source=".Length..])!, "luoshi-keys")
        : null;

    private static void Print(ICollection<string> urls, IReadOnlyList<DemoAccounts.Created> accounts, DateOnly? day)
    {
        var url = urls.FirstOrDefault() ?? "";
        Console.Out.WriteLine($"Luoshi 落实 is serving on {url}  (Ctrl+C stops it)");
        Console.Out.WriteLine($"  public page: {url}/public   API document: {url}/openapi/v1.json");
        if (day is { } d)
        {
            Console.Out.WriteLine($"  targets are evaluated as of {d:yyyy-MM-dd}");
        }

        if (accounts.Count == 0)
        {
            return;
        }

        Console.Out.WriteLine("  演示数据 demo accounts (passwords generated for this run):");
        foreach (var a in accounts.Take(6))
        {
            Console.Out.WriteLine($"    {a.Login,-10} {a.Password}  {a.Name}");
        }

        var file = Path.GetFullPath("luoshi-demo-accounts.txt");
        File.WriteAllLines(file, accounts.Select(a => $"{a.Login}\t{a.Password}\t{a.Role}\t{a.Unit}"));
        if (!OperatingSystem.IsWindows())
        {
            // Passwords: readable by the person who started the demo only.
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        Console.Out.WriteLine($"    … {accounts.Count} accounts in all, every unit's reporter listed in {file}");
    }
}
