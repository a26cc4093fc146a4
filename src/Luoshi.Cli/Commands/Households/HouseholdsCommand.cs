using System.CommandLine;

namespace Luoshi.Cli.Commands.Households;

/// <summary><c>luoshi households …</c>: the return-to-poverty monitoring register (防返贫动态监测).</summary>
internal static class HouseholdsCommand
{
    public static Command Create() => new("households", "The return-to-poverty monitoring register (防返贫动态监测): import, income line, warnings, monitoring steps")
    {
        HouseholdImportCommand.Create(),
        HouseholdListCommand.Create(),
        HouseholdShowCommand.Create(),
        IncomeLineCommand.Create(),
        TimeLimitCommand.Create(),
        HouseholdWarningsCommand.Create(),
        HouseholdStepCommands.Hardship(),
        HouseholdStepCommands.Identify(),
        HouseholdStepCommands.Dismiss(),
        HouseholdStepCommands.Assist(),
        HouseholdStepCommands.Eliminate(),
    };
}
