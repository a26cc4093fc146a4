using System.Diagnostics;
using System.Globalization;
using Luoshi.Storage;

namespace Luoshi.Bench.Ledger;

/// <summary>Times Ledger.ImportPlanAsync of one generated plan (three targets per task) into a fresh database holding
/// the departments, for each task count given: <c>plan-import --tasks 2917,29167 [--postgres CONNECTION] [--postgres-only]</c>.
/// The import of the progress benchmark's template plan (29,167 tasks) once grew faster than its size on PostgreSQL;
/// timings at several sizes show whether it is linear.</summary>
internal static class PlanImportBench
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var tasks = Option(args, "--tasks") is { } listed
            ? listed.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : [2_917, 29_167];
        var postgres = Option(args, "--postgres") is { } server ? new PostgresImportDatabases(server) : null;
        var sqlite = !args.Contains("--postgres-only");
        foreach (var count in tasks)
        {
            var plan = ProvinceLedger.Plan(new LedgerShape(1, count, 3), 0);
            var targets = plan.Tasks.Sum(t => t.Targets.Count);
            if (sqlite)
            {
                var path = BenchFiles.Temp("plan-import.db");
                BenchFiles.DeleteDatabase(path);
                try
                {
                    var seconds = await TimeAsync(StoreOptions.SqliteFile(path), plan);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SQLite     {count,7:N0} tasks, {targets,7:N0} targets: {seconds:0.00} s"));
                }
                finally
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    BenchFiles.DeleteDatabase(path);
                }
            }

            if (postgres is not null)
            {
                await postgres.CreateTemplateAsync();
                try
                {
                    var seconds = await TimeAsync(new StoreOptions(StoreProvider.Postgres, postgres.TemplateConnection), plan);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {count,7:N0} tasks, {targets,7:N0} targets: {seconds:0.00} s"));
                }
                finally
                {
                    Npgsql.NpgsqlConnection.ClearAllPools();
                    await postgres.DropAsync();
                }
            }
        }

        return 0;
    }

    // Only the plan's import is timed: opening (migrations) and the departments are not.
    private static async Task<double> TimeAsync(StoreOptions options, Domain.Plans.Plan plan)
    {
        await using var ledger = await Storage.Ledger.OpenAsync(options, "bench");
        await GeneratedImport.ImportUnitsAsync(ledger, Departments.Lines(Departments.Names.Count));
        var clock = Stopwatch.StartNew();
        var stored = await ledger.ImportPlanAsync(plan, replace: false);
        clock.Stop();
        if (stored.Outcome != PlanImportOutcome.Created)
        {
            throw new InvalidOperationException(stored.Message.ToString());
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
