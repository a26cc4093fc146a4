using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Indicators.Air;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi plan air-goals 2012|2026|default</c>: the HJ 633 version a plan's air goals were written under, so
/// the pages can say which rule a goal follows and show the other (default: the version in force on 1 January of the
/// plan's year).</summary>
internal static class PlanAirGoalsCommand
{
    private const string Name = "luoshi plan air-goals";

    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var version = new Argument<string>("VERSION") { Description = "2012 (HJ 633-2012), 2026 (HJ 633-2026) or default" };
        version.AcceptOnlyFromAmong("2012", "2026", "default");
        var command = new Command("air-goals", "Say which HJ 633 version the plan's air goals were written under") { version };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, Name, ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            AirStandard? standard = result.GetValue(version) switch
            {
                "2012" => AirStandard.Hj633Of2012,
                "2026" => AirStandard.Hj633Of2026,
                _ => null,
            };
            var set = await ledger.SetAirGoalStandardAsync(found.Id, standard, ct);
            if (!set.Succeeded)
            {
                return ProblemOutput.Write(Name, set.Error!, Console.Error);
            }

            var shown = AirStandards.Name(standard ?? AirStandards.InForceAtStartOf(found.Year));
            Console.Out.WriteLine(Lang.Pick($"{found.Region} {found.Year}：空气质量目标依据 {shown}{(standard is null ? "（默认）" : "")}",
                $"{found.Region} {found.Year}: air goals written under {shown}{(standard is null ? " (default)" : "")}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
