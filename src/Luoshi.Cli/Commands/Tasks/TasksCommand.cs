using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Time;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Tasks;

/// <summary><c>luoshi tasks</c>: every task of the plan with its status as of a day — with or without a target.</summary>
internal static class TasksCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Read as of this day, YYYY-MM-DD (default: today)" };
        var unit = new Option<string?>("--unit") { Description = "Only tasks this unit leads or supports" };
        var format = new Option<string>("--format") { Description = "table (coloured) or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("tasks", "Every task with its status (已销号/已完成/超进度/达进度/已延期/欠进度/未报送/未签收)") { asOf, unit, format };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi tasks", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var day = result.GetValue(asOf) ?? ChinaTime.Today(TimeProvider.System);
            IReadOnlyList<TaskReading> tasks = (await ledger.ReadPlanAsync(found.Id, day, ct: ct))?.Tasks ?? [];
            if (result.GetValue(unit) is { } named)
            {
                var name = await ledger.FindUnitNameAsync(named, ct) ?? named.Trim();
                tasks = [.. tasks.Where(t => t.Involves(name))];
            }

            if (result.GetValue(format) == "json")
            {
                TasksJson.Write(tasks, day, Console.Out);
            }
            else
            {
                TasksTable.Write(tasks, day, AnsiConsole.Console);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
