using System.CommandLine;
using Luoshi.Cli.Output;
using Luoshi.ReportParsing.Units;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands;

/// <summary><c>luoshi parse FILE</c>: prints the draft task breakdown of a work report.</summary>
internal static class ParseCommand
{
    private const int MinYear = 1949;
    private const int MaxYear = 2200;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The work report: .txt (UTF-8, GB18030/GBK, Big5) or .docx" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md", "csv");
        var year = new Option<int?>("--year") { Description = "The plan year (年内 = 31 December of it); default: the year the report names, else this year" };
        year.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < MinYear or > MaxYear)
            {
                r.AddError($"--year: expected a year from {MinYear} to {MaxYear}");
            }
        });
        var region = new Option<string?>("--region") { Description = "The city or county, e.g. 四会市" };
        var departments = new Option<string?>("--departments")
        {
            Description = $"Keyword → department table (CSV: keyword,department); default: the {DepartmentKeywordTable.DefaultFileName} shipped with luoshi",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Say for each target which words gave its comparator, value, unit and subject, and for each number dropped, why (json: fields explain and dropped; md: a section at the end)",
        };
        var db = new Option<string?>("--db")
        {
            Description = "A ledger (SQLite file) to compare with: each target shows the region's last-year result of the same promise (json: last_year; md: 上年对照)",
        };
        var postgres = new Option<string?>("--postgres") { Description = "As --db, for a PostgreSQL ledger (connection string)" };
        var command = new Command("parse", "Parse a work report into a draft task breakdown (任务分解表)") { file, format, year, region, departments, explain, db, postgres };
        command.SetAction(async (result, ct) =>
        {
            var store = result.GetValue(postgres) is { } pg ? new StoreOptions(StoreProvider.Postgres, pg)
                : result.GetValue(db) is { } path ? StoreOptions.SqliteFile(path) : null;
            if (store is null)
            {
                return Run(result.GetValue(file)!, result.GetValue(format)!, result.GetValue(year), result.GetValue(region),
                    result.GetValue(departments), Console.Out, Console.Error, result.GetValue(explain));
            }

            return await LastYear.RunAsync(store, result.GetValue(file)!, result.GetValue(format)!, result.GetValue(year), result.GetValue(region),
                result.GetValue(departments), result.GetValue(explain), ct);
        });
        return command;
    }

    /// <summary>Runs the command; user errors are one line on <paramref name="error"/> and exit code 2.</summary>
    public static int Run(
        string path, string format, int? year, string? region, string? departmentsPath, TextWriter output, TextWriter error, bool explain = false)
    {
        if (ReportDrafting.Draft(path, year, region, departmentsPath, "luoshi parse", error, explain) is not { } drafted)
        {
            return ExitCodes.BadInput;
        }

        PlanWriter.For(format).Write(drafted.Plan, output);
        return ExitCodes.Success;
    }
}
