using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Plans;

/// <summary>Imports a parsed plan: creates it, leaves it when the report is the same, or replaces it in place when
/// asked to; all in one transaction.</summary>
internal static class PlanImport
{
    public static Task<PlanImportResult> RunAsync(StoreSession session, Plan plan, bool replace, CancellationToken ct)
    {
        if (PlanShape.Problem(plan) is { } problem)
        {
            return Task.FromResult(new PlanImportResult(PlanImportOutcome.Refused, 0, problem));
        }

        return session.WriteAsync(
            async (db, token) =>
            {
                var stored = await PlanQueries.LoadAsync(db, plan.Region, plan.Year, tracking: true, token).ConfigureAwait(false);
                if (stored is null)
                {
                    return await PlanCreation.RunAsync(db, session, plan, token).ConfigureAwait(false);
                }

                if (stored.SourceHash == plan.SourceHash)
                {
                    return new PlanImportResult(PlanImportOutcome.Unchanged, stored.Id, Catalogue.Ledger.PlanUnchanged(plan.Region, plan.Year));
                }

                if (!replace)
                {
                    return new PlanImportResult(PlanImportOutcome.Refused, stored.Id, Catalogue.Ledger.PlanExists(plan.Region, plan.Year, stored.SourceName));
                }

                return await PlanReplacement.RunAsync(db, session, stored, plan, token).ConfigureAwait(false);
            },
            result => result.Outcome is PlanImportOutcome.Created or PlanImportOutcome.Replaced,
            ct);
    }
}
