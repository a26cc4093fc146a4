using Spectre.Console;
using System.CommandLine;
using Luoshi.Cli;
using Luoshi.Cli.Commands;
using Luoshi.Cli.Commands.Access;
using Luoshi.Cli.Commands.Export;
using Luoshi.Cli.Commands.Households;
using Luoshi.Cli.Commands.Ledger;
using Luoshi.Cli.Commands.Villages;

// One language for everything the command prints: Chinese unless LUOSHI_LANG says English.
var culture = Luoshi.Domain.Wording.Language.FromSetting(Environment.GetEnvironmentVariable("LUOSHI_LANG"));
System.Globalization.CultureInfo.CurrentUICulture = culture;
System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = culture;

// Piped into a file or a pager, tables would otherwise be cut to 80 columns and wrap every Chinese name.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 160;
}

var root = new RootCommand("Luoshi (落实): delivery of a government work report, from report text to measured results.");
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(BackupCommand.Backup());
root.Subcommands.Add(BackupCommand.Restore());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(UnitsCommand.Create());
root.Subcommands.Add(StationsCommand.Create());
root.Subcommands.Add(SectionsCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(VillagesCommand.Create());
root.Subcommands.Add(HouseholdsCommand.Create());
root.Subcommands.Add(AssignCommand.Create());
root.Subcommands.Add(TargetCommand.Create());
root.Subcommands.Add(PlanCommand.Create());
root.Subcommands.Add(ProgressCommand.Create());
root.Subcommands.Add(StatusCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Tasks.TasksCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Tasks.TaskCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Items.ItemsCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Closing.ClosingCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Years.YearsCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(AccountsCommand.Create());
root.Subcommands.Add(TokensCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Reminders.RemindCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Calendar.HolidaysCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Monitoring.WaterClassCommand.Create());
root.Subcommands.Add(Luoshi.Cli.Commands.Monitoring.AqiCommand.Create());
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // A mistyped option is the user's input too: one line each, exit code 2, like a bad file.
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"luoshi: {error.Message}");
    }

    return ExitCodes.BadInput;
}

return parsed.Invoke();
