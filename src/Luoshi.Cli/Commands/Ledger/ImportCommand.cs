using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Periods;
using Luoshi.Cli.Output;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi import REPORT --region NAME</c>: parses a work report and stores it as the year's plan.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var file = new Argument<string>("REPORT") { Description = "The work report: .txt (UTF-8, GB18030/GBK, Big5) or .docx" };
        var region = new Option<string>("--region") { Description = "The city or county, e.g. 四会市", Required = true };
        var year = new Option<int?>("--year") { Description = "The plan year (default: the year the report names)" };
        var replace = new Option<bool>("--replace") { Description = "Replace a stored plan of the same region and year whose text differs" };
        var cadence = new Option<string>("--cadence") { Description = "How often units report", DefaultValueFactory = _ => "monthly" };
        cadence.AcceptOnlyFromAmong("monthly", "quarterly");
        var dueDay = new Option<int?>("--due-day") { Description = "Day of the month reports are due (default: 28 monthly, month end quarterly)" };
        dueDay.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 or > 31)
            {
                r.AddError("--due-day: expected a day of the month from 1 to 31");
            }
        });
        var departments = new Option<string?>("--departments") { Description = "Keyword → department table (CSV: keyword,department)" };
        var command = new Command("import", "Parse a work report and store it as the plan of its region and year")
        {
            file, region, year, replace, cadence, dueDay, departments,
        };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var drafted = ReportDrafting.Draft(result.GetValue(file)!, result.GetValue(year), result.GetValue(region),
                result.GetValue(departments), "luoshi import", Console.Error);
            if (drafted is not { } d)
            {
                return ExitCodes.BadInput;
            }

            // An empty plan would take the region's year and block the real report from being imported later.
            if (d.Plan.Tasks.Count == 0)
            {
                Console.Error.WriteLine($"luoshi import: {result.GetValue(file)}: {ReportDrafting.NoTasks(d.Text)}");
                return ExitCodes.BadInput;
            }

            var rhythm = result.GetValue(cadence) == "quarterly"
                ? new ReportingCadence(ReportingFrequency.Quarterly, result.GetValue(dueDay))
                : ReportingCadence.MonthlyByDay(result.GetValue(dueDay) ?? 28);
            var plan = PlanFromDraft.Create(d.Plan, result.GetValue(region)!, d.Text, rhythm);
            await using var ledger = await store.OpenAsync(result, ct);
            var imported = await ledger.ImportPlanAsync(plan, result.GetValue(replace), ct);
            if (imported.Refusal is { } refusal)
            {
                return ProblemOutput.Write("luoshi import", refusal, Console.Error);
            }

            Console.Out.WriteLine(
                $"{plan.Region} {plan.Year}: {imported.Outcome.ToString().ToLowerInvariant()} — {imported.Message} ({plan.Tasks.Count} tasks, {plan.Tasks.Sum(t => t.Targets.Count)} targets)");
            return ExitCodes.Success;
        });
        return command;
    }
}
