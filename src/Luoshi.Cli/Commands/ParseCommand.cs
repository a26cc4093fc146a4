using System.CommandLine;
using Luoshi.Cli.Output;
using Luoshi.ReportParsing.Units;

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
        var command = new Command("parse", "Parse a work report into a draft task breakdown (任务分解表)") { file, format, year, region, departments, explain };
        command.SetAction(result => Run(
            result.GetValue(file)!, result.GetValue(format)!, result.GetValue(year), result.GetValue(region),
            result.GetValue(departments), Console.Out, Console.Error, result.GetValue(explain)));
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
