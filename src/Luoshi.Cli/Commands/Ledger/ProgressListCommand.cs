using System.CommandLine;
using System.Globalization;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Progress;
using Luoshi.Cli.Output;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi progress list</c>: the plan's reports with their state and version, e.g. the review queue.</summary>
internal static class ProgressListCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var plan = new PlanSelection();
        var state = new Option<ReportState?>("--state") { Description = "Only reports in this state (draft, submitted, returned, resubmitted, approved)" };
        var unit = new Option<string?>("--unit") { Description = "Only this unit's reports" };
        var command = new Command("list", "List progress reports with their state and version") { state, unit };
        store.AddTo(command);
        plan.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (await plan.FindAsync(ledger, result, "luoshi progress list", ct) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            var calendar = new ReportingCalendar(found.Year, found.Cadence);
            var table = new Table().AddColumns(Lang.Pick("编号", "id"), Lang.Pick("任务", "task"), Lang.Pick("期间", "period"), Lang.Pick("单位", "unit"), Lang.Pick("状态", "state"), Lang.Pick("版本", "version"), Lang.Pick("报送", "submitted"), Lang.Pick("退回原因", "reason"));
            foreach (var r in await ledger.ListReportsAsync(found.Id, result.GetValue(state), result.GetValue(unit), ct))
            {
                table.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.TaskCode, calendar[r.Period].Name, Markup.Escape(r.Unit),
                    r.State.ToString().ToLowerInvariant(), r.Version.ToString(CultureInfo.InvariantCulture),
                    r.SubmittedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "", Markup.Escape(r.ReturnReason ?? ""));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
