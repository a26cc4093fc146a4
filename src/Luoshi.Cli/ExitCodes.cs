using Luoshi.Domain.Wording;

namespace Luoshi.Cli;

/// <summary>Process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The user's input could not be used (missing file, unreadable encoding, bad option); nothing changed.</summary>
    public const int BadInput = 2;

    /// <summary>What was named (a plan, a report, an account) is not there; nothing changed.</summary>
    public const int NotFound = 3;

    /// <summary>The ledger holds something else than the command assumed (already there, changed since, no longer
    /// editable); nothing changed.</summary>
    public const int Conflict = 4;

    /// <summary>The person the command acts as may not do this; nothing changed.</summary>
    public const int Forbidden = 5;

    /// <summary>The run did its work, but some deliveries failed for good (listed by <c>luoshi remind log --state failed</c>).</summary>
    public const int DeliveriesFailed = 6;

    /// <summary>The exit code of a refusal of <paramref name="kind"/>: 2 for wrong or too large input, 3 not found,
    /// 4 conflict, 5 forbidden.</summary>
    public static int Of(ProblemKind kind) => kind switch
    {
        ProblemKind.NotFound => NotFound,
        ProblemKind.Conflict => Conflict,
        ProblemKind.Forbidden => Forbidden,
        _ => BadInput,
    };
}
