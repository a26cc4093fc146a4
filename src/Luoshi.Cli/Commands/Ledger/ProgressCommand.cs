using System.CommandLine;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi progress …</c>: units' progress reports and their review.</summary>
internal static class ProgressCommand
{
    public static Command Create() => new("progress", "Progress reports: add one, import many, list, submit, review")
    {
        ProgressAddCommand.Create(),
        ProgressImportCommand.Create(),
        ProgressListCommand.Create(),
        ProgressReviewCommand.Submit(),
        ProgressReviewCommand.Approve(),
        ProgressReviewCommand.Return(),
    };
}
