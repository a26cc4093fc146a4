using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi plan set</c>: when units report on a plan, and where its traffic lights change.</summary>
internal static class PlanCommand
{
    public static Command Create() => new("plan", "Settings of a stored plan") { Set(), PlanAirGoalsCommand.Create() };

    private static Command Set()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var cadence = new Option<string?>("--cadence") { Description = "monthly or quarterly (only while no report is in)" };
        cadence.AcceptOnlyFromAmong("monthly", "quarterly");
        var dueDay = new Option<int?>("--due-day") { Description = "Day of the month reports are due; 0 = the last day of the period" };
        var yellow = new Option<decimal?>("--yellow") { Description = "Below this share of the expected value a target is behind (default 1.0)" };
        var red = new Option<decimal?>("--red") { Description = "Below this share it is at risk (default 0.8)" };
        var tolerance = new Option<decimal?>("--about-tolerance") { Description = "For 左右 targets, the relative distance still counted as met (default 0.1)" };
        var command = new Command("set", "Change a plan's reporting cadence or status thresholds") { cadence, dueDay, yellow, red, tolerance };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi plan set", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var change = new PlanChange(Cadence(found.Cadence, result.GetValue(cadence), result.GetValue(dueDay)),
                Thresholds(found.Thresholds, result.GetValue(yellow), result.GetValue(red), result.GetValue(tolerance)));
            if (change is { Cadence: null, Thresholds: null })
            {
                Console.Error.WriteLine("luoshi plan set: nothing to change; give --cadence, --due-day, --yellow, --red or --about-tolerance");
                return ExitCodes.BadInput;
            }

            var updated = await ledger.UpdatePlanAsync(found.Id, change, ct);
            if (!updated.Succeeded)
            {
                return ProblemOutput.Write("luoshi plan set", updated.Error!, Console.Error);
            }

            Console.Out.WriteLine($"{found.Region} {found.Year} updated");
            return ExitCodes.Success;
        });
        return command;
    }

    private static ReportingCadence? Cadence(ReportingCadence current, string? frequency, int? dueDay)
    {
        if (frequency is null && dueDay is null)
        {
            return null;
        }

        var kind = frequency is null ? current.Frequency : frequency == "quarterly" ? ReportingFrequency.Quarterly : ReportingFrequency.Monthly;
        return new ReportingCadence(kind, dueDay is null ? current.DueDay : dueDay == 0 ? null : dueDay);
    }

    private static StatusThresholds? Thresholds(StatusThresholds current, decimal? yellow, decimal? red, decimal? tolerance) =>
        yellow is null && red is null && tolerance is null ? null
            : new StatusThresholds(yellow ?? current.Yellow, red ?? current.Red, tolerance ?? current.AboutTolerance);
}
