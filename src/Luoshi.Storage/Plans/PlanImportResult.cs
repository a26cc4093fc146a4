namespace Luoshi.Storage;

/// <summary>What importing a plan did, the stored plan's id (0 when refused before one existed) and a sentence for the user.</summary>
public sealed record PlanImportResult(PlanImportOutcome Outcome, int PlanId, string Message);
