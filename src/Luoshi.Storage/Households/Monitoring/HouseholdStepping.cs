using Luoshi.Domain.Households;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Monitoring;

/// <summary>Records one monitoring step on a household: the state machine decides whether it is allowed, the dates
/// must follow the household's earlier ones, and the change is audited without personal data.</summary>
internal static class HouseholdStepping
{
    private sealed record Snapshot(
        MonitoringState State, string Risks, string Source, DateOnly? HardshipOn, DateOnly? FlaggedOn, DateOnly? IdentifiedOn,
        DateOnly? AssistedOn, DateOnly? EliminatedOn, string? Reason = null, string? Measure = null)
    {
        public static Snapshot Of(Household h, string? reason = null, string? measure = null) => new(
            h.State, HouseholdWords.RisksEn(h.Risks), HouseholdWords.SourceEn(h.Source), h.HardshipOn, h.FlaggedOn, h.IdentifiedOn,
            h.AssistedOn, h.EliminatedOn, reason, measure);
    }

    public static Task<StoreResult> RunAsync(StoreSession session, string key, HouseholdStep step, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var household = await HouseholdLookup.FindAsync(db.Households, key, token).ConfigureAwait(false);
                if (household is null)
                {
                    return StoreResult.Fail(HouseholdLookup.Missing(key));
                }

                var (next, refused) = MonitoringWorkflow.Apply(household.State, step.Action);
                if (next is not { } state)
                {
                    return StoreResult.Fail($"household {household.Number}: {refused}");
                }

                if (await CheckAsync(db, household, step, session.Today, token).ConfigureAwait(false) is { } problem)
                {
                    return StoreResult.Fail($"household {household.Number}: {problem.Message}");
                }

                var before = Snapshot.Of(household);
                Apply(db, household, state, step);
                AuditLog.Add(db, session, "household." + step.Action.ToString().ToLowerInvariant(), HouseholdAudit.Household, household.Number,
                    before, Snapshot.Of(household, step.Reason, step.MeasureKind is null ? null : $"{step.MeasureKind}: {step.MeasureText}"));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    private static async Task<StoreError?> CheckAsync(LedgerDbContext db, Household h, HouseholdStep step, DateOnly today, CancellationToken ct)
    {
        if (step.On > today)
        {
            return new StoreError($"the date {step.On:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})", "on");
        }

        var (earlier, name) = step.Action switch
        {
            MonitoringAction.Identify => (h.State == MonitoringState.RiskEliminated ? h.EliminatedOn : null, "the risk was eliminated"),
            MonitoringAction.Dismiss => (h.FlaggedOn, "it was flagged"),
            MonitoringAction.Assist => (h.IdentifiedOn, "it was identified"),
            MonitoringAction.Eliminate => (h.AssistedOn, "its assistance began"),
            _ => (h.State == MonitoringState.RiskEliminated ? h.EliminatedOn : null, "the risk was eliminated"),
        };
        if (step.On < earlier)
        {
            return new StoreError($"the date {step.On:yyyy-MM-dd} is before {earlier:yyyy-MM-dd}, when {name}", "on");
        }

        return step.Action switch
        {
            MonitoringAction.Identify when step.Source is null => new StoreError("an identification needs its source: " + HouseholdWords.ExpectedSource, "source"),
            MonitoringAction.Identify when step.Risks == RiskTypes.None => new StoreError("an identification needs at least one risk type", "risks"),
            MonitoringAction.Dismiss when string.IsNullOrWhiteSpace(step.Reason) => new StoreError("a dismissed flag needs the reason found on checking", "reason"),
            MonitoringAction.Assist when string.IsNullOrWhiteSpace(step.MeasureKind) || string.IsNullOrWhiteSpace(step.MeasureText) =>
                new StoreError("a measure needs its kind (产业帮扶, 就业帮扶…) and what is done", "measure"),
            MonitoringAction.Eliminate => await IncomeProblemAsync(db, h, ct).ConfigureAwait(false),
            _ => null,
        };
    }

    // A risk is eliminated once the household's income is back above the line; an income still under it cannot be.
    private static async Task<StoreError?> IncomeProblemAsync(LedgerDbContext db, Household h, CancellationToken ct)
    {
        var line = await db.IncomeLines.AsNoTracking().SingleOrDefaultAsync(l => l.Year == h.IncomeYear, ct).ConfigureAwait(false);
        return line is not null && h.Income < line.Amount
            ? new StoreError($"its per-capita net income of {h.IncomeYear} ({h.Income:0.##} yuan) is still under that year's line ({line.Amount:0.##} yuan)", "income")
            : null;
    }

    private static void Apply(LedgerDbContext db, Household h, MonitoringState state, HouseholdStep step)
    {
        switch (step.Action)
        {
            case MonitoringAction.Flag:
                (h.HardshipOn, h.FlaggedOn) = (step.On, step.On);
                break;
            case MonitoringAction.Identify:
                (h.IdentifiedOn, h.AssistedOn, h.EliminatedOn, h.Source, h.Risks) = (step.On, null, null, step.Source, step.Risks);
                break;
            case MonitoringAction.Dismiss:
                (h.FlaggedOn, h.HardshipOn) = (null, null);
                break;
            case MonitoringAction.Assist:
                db.AssistanceMeasures.Add(new AssistanceMeasure
                {
                    HouseholdId = h.Id, Kind = step.MeasureKind!.Trim(), Description = step.MeasureText!.Trim(), StartedOn = step.On,
                });
                h.AssistedOn ??= step.On;
                break;
            case MonitoringAction.Eliminate:
                h.EliminatedOn = step.On;
                break;
        }

        h.State = state;
    }
}
