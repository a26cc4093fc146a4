using Luoshi.Domain.Wording;

namespace Luoshi.Storage;

/// <summary>What importing a plan did, the stored plan's id (0 when refused before one existed) and a sentence for the user.</summary>
public sealed record PlanImportResult(PlanImportOutcome Outcome, int PlanId, Words Message)
{
    /// <summary>The refusal as the one error shape, when the import was refused (a stored plan differs: a conflict).</summary>
    public Problem? Refusal => Outcome == PlanImportOutcome.Refused ? new Problem(Message, Kind: PlanId == 0 ? ProblemKind.Invalid : ProblemKind.Conflict) : null;
}
