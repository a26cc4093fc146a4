using System.CommandLine;
using Luoshi.Domain.Plans;

namespace Luoshi.Cli.LedgerAccess;

/// <summary>Which stored plan a command works on: --region and --year, or the only plan there is.</summary>
internal sealed class PlanSelection
{
    public Option<string?> Region { get; } = new("--region") { Description = "The plan's region, e.g. 四会市 (needed when the ledger holds several plans)" };

    public Option<int?> Year { get; } = new("--year") { Description = "The plan's year (needed when the ledger holds several plans)" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Region);
        command.Options.Add(Year);
    }

    /// <summary>The selected plan, or null after one line on standard error, prefixed with <paramref name="command"/>,
    /// saying which plans there are.</summary>
    public async Task<Plan?> FindAsync(Luoshi.Storage.Ledger ledger, ParseResult result, string command, CancellationToken ct)
    {
        var (plan, error) = await FindAsync(ledger, result, ct);
        if (plan is null)
        {
            Console.Error.WriteLine($"{command}: {error}");
        }

        return plan;
    }

    private async Task<(Plan? Plan, string? Error)> FindAsync(Luoshi.Storage.Ledger ledger, ParseResult result, CancellationToken ct)
    {
        var region = result.GetValue(Region);
        var year = result.GetValue(Year);
        var plans = await ledger.ListPlansAsync(ct);
        var matching = plans.Where(p => (region is null || p.Region == region) && (year is null || p.Year == year)).ToList();
        if (matching.Count == 1)
        {
            return (await ledger.FindPlanAsync(matching[0].Id, ct), null);
        }

        var known = plans.Count == 0 ? "the ledger holds no plan yet (luoshi import REPORT --region NAME --year YYYY)"
            : "plans in the ledger: " + string.Join(", ", plans.Select(p => $"{p.Region} {p.Year}"));
        return matching.Count == 0
            ? (null, $"no plan matches {Describe(region, year)}; {known}")
            : (null, $"several plans match {Describe(region, year)}; choose one with --region and --year ({known})");
    }

    private static string Describe(string? region, int? year) =>
        region is null && year is null ? "(no --region or --year given)" : $"{region} {year}".Trim();
}
