using System.CommandLine;

namespace Luoshi.Cli.Commands.Reminders;

/// <summary><c>luoshi remind</c>: reminders that reach people (docs/reminders.md).</summary>
internal static class RemindCommand
{
    public static Command Create() => new("remind", "Reminders (催办): send what is due, the delivery log, the rules and the contacts")
    {
        RemindRunCommand.Create(), RemindLogCommand.Create(), RemindRulesCommand.Create(), RemindContactsCommand.Create(),
    };
}
