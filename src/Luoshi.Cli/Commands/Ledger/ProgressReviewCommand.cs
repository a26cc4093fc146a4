using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Progress;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi progress submit|approve|return ID</c>: moves a report through its review.</summary>
internal static class ProgressReviewCommand
{
    public static Command Submit() => Create("submit", "Submit a draft or returned report for review", ReportAction.Submit);

    public static Command Approve() => Create("approve", "Approve a submitted report (supervision office)", ReportAction.Approve);

    public static Command Return() => Create("return", "Return a submitted report to its unit with a reason (supervision office)", ReportAction.Return);

    private static Command Create(string name, string description, ReportAction action)
    {
        var store = new StoreSelection();
        var id = new Argument<int>("ID") { Description = "The report number (see luoshi progress list)" };
        var version = new Option<int?>("--version") { Description = "The version you reviewed; a report changed since then is a conflict (default: the current one)" };
        var reason = new Option<string?>("--reason") { Description = "Why the report goes back (退回原因)", Required = action == ReportAction.Return };
        var command = new Command(name, description) { id, version };
        if (action == ReportAction.Return)
        {
            command.Options.Add(reason);
        }

        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var verb = $"luoshi progress {name}";
            await using var ledger = await store.OpenAsync(result, ct);
            var reportId = result.GetValue(id);
            var expected = result.GetValue(version);
            if (expected is null)
            {
                if (await ledger.FindReportAsync(reportId, ct) is not { } current)
                {
                    Console.Error.WriteLine($"{verb}: there is no report #{reportId}");
                    return ExitCodes.BadInput;
                }

                expected = current.Version;
            }

            var moved = await ledger.TransitionAsync(reportId, action, result.GetValue(reason), expected.Value, ct);
            if (!moved.Succeeded)
            {
                return ProblemOutput.Write(verb, moved.Error!, Console.Error);
            }

            Console.Out.WriteLine($"report #{reportId}: {moved.Value!.State.ToString().ToLowerInvariant()} (version {moved.Value.Version})");
            return ExitCodes.Success;
        });
        return command;
    }
}
