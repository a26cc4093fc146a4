using System.CommandLine;
using System.Text.Json;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Closing;

/// <summary><c>luoshi closing status --year Y [--format json]</c>: every task's year-end account with its targets'
/// finals and evidence, rendered from the closing reading.</summary>
internal static class ClosingStatusCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var format = new Option<string>("--format") { Description = "table or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("status", "Every task's year-end result (完成/基本完成/未完成), targets and evidence") { format };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi closing status", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var reading = (await ledger.Closing.ReadAsync(found.Id, ct))!;
            if (result.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(ClosingView.Of(reading), PlanJsonWriter.Options));
            }
            else
            {
                Table(reading, AnsiConsole.Console);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Table(ClosingReading reading, IAnsiConsole console)
    {
        var table = new Table().AddColumns(Lang.Pick("任务", "task"), Lang.Pick("牵头单位", "lead unit"), Lang.Pick("状态", "state"),
            Lang.Pick("结果", "result"), Lang.Pick("按目标", "by targets"), Lang.Pick("目标最终值", "finals"));
        foreach (var t in reading.Tasks)
        {
            table.AddRow(
                Markup.Escape(t.Code), Markup.Escape(t.Reading.Task.LeadUnit ?? ""), Markup.Escape(Catalogue.Closing.StateName(t.Account.State).ToString()),
                Markup.Escape(t.Result is { } r ? Catalogue.Closing.ResultName(r).ToString() : "—"),
                Markup.Escape(t.ByRule is { } b ? Catalogue.Closing.ResultName(b).ToString() : "—"),
                Markup.Escape(string.Join("; ", t.Targets.Select(x => $"{x.Code} {x.Final?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? x.DoneOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—"}"))));
        }

        console.Write(table);
        console.WriteLine($"{Catalogue.Closing.ResultName(ClosingResult.Done)} {reading.Count(ClosingResult.Done)} · {Catalogue.Closing.ResultName(ClosingResult.BasicallyDone)} {reading.Count(ClosingResult.BasicallyDone)} · {Catalogue.Closing.ResultName(ClosingResult.NotDone)} {reading.Count(ClosingResult.NotDone)} · {Catalogue.Closing.StateName(ClosingState.Pending)}/{Catalogue.Closing.StateName(ClosingState.Submitted)} {reading.Unconfirmed}");
    }
}
