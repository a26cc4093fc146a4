using Luoshi.Domain.Households;
using Luoshi.Domain.Wording;
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
                    return StoreResult.Fail(Catalogue.Households.NoHousehold(key));
                }

                var (next, refused) = MonitoringWorkflow.Apply(household.State, step.Action);
                if (next is not { } state)
                {
                    return StoreResult.Fail(Catalogue.Households.OfHousehold(household.Number, refused!.Value), kind: ProblemKind.Conflict);
                }

                if (await CheckAsync(db, household, step, session.Today, token).ConfigureAwait(false) is { } problem)
                {
                    return StoreResult.Fail(problem with { Message = Catalogue.Households.OfHousehold(household.Number, problem.Message) });
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

    private static async Task<Problem?> CheckAsync(LedgerDbContext db, Household h, HouseholdStep step, DateOnly today, CancellationToken ct)
    {
        if (step.On > today)
        {
            return new Problem(Catalogue.Households.AfterToday(step.On, today), Place.OfField("on"));
        }

        var earlier = step.Action switch
        {
            MonitoringAction.Dismiss => h.FlaggedOn,
            MonitoringAction.Assist => h.IdentifiedOn,
            MonitoringAction.Eliminate => h.AssistedOn,
            _ => h.State == MonitoringState.RiskEliminated ? h.EliminatedOn : null,
        };
        if (step.On < earlier)
        {
            return new Problem(Catalogue.Households.BeforeEarlier(step.On, earlier.Value, step.Action), Place.OfField("on"));
        }

        return step.Action switch
        {
            MonitoringAction.Identify when step.Source is null => new Problem(Catalogue.Households.IdentifyNeedsSource, Place.OfField("source")),
            MonitoringAction.Identify when step.Risks == RiskTypes.None => new Problem(Catalogue.Households.IdentifyNeedsRisk, Place.OfField("risks")),
            MonitoringAction.Dismiss when string.IsNullOrWhiteSpace(step.Reason) => new Problem(Catalogue.Households.DismissNeedsReason, Place.OfField("reason")),
            MonitoringAction.Assist when string.IsNullOrWhiteSpace(step.MeasureKind) || string.IsNullOrWhiteSpace(step.MeasureText) =>
                new Problem(Catalogue.Households.MeasureNeedsText, Place.OfField("measure")),
            MonitoringAction.Eliminate => await IncomeProblemAsync(db, h, ct).ConfigureAwait(false),
            _ => null,
        };
    }

    // A risk is eliminated once the household's income is back above the line; an income still under it cannot be.
    private static async Task<Problem?> IncomeProblemAsync(LedgerDbContext db, Household h, CancellationToken ct)
    {
        var line = await db.IncomeLines.AsNoTracking().SingleOrDefaultAsync(l => l.Year == h.IncomeYear, ct).ConfigureAwait(false);
        return line is not null && h.Income < line.Amount
            ? new Problem(Catalogue.Households.StillUnderLine(line.Year, h.Income!.Value, line.Amount), Place.OfField("income"))
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
