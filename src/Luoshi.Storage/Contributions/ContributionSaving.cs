using System.Globalization;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Reports;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Contributions;

/// <summary>Creates a supporting unit's contribution for a task and period, or changes it on the version the caller
/// read. Only a supporting unit of the task writes one; the lead unit's report is never touched.</summary>
internal static class ContributionSaving
{
    public static Task<StoreResult<Contribution>> RunAsync(StoreSession session, ContributionDraft draft, int? expectedVersion, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var (found, error) = await TaskUnit.FindAsync(db, draft.PlanId, draft.TaskCode, draft.Period, draft.Unit, token).ConfigureAwait(false);
                if (found is null)
                {
                    return StoreResults.Fail<Contribution>(error!);
                }

                if (found.Role == UnitRole.Lead)
                {
                    return StoreResults.Fail<Contribution>(Catalogue.Contributions.LeadReportsInstead(found.Unit, found.Task.Code));
                }

                if (string.IsNullOrWhiteSpace(draft.Progress))
                {
                    return StoreResults.Fail<Contribution>(Catalogue.Contributions.ProgressNeeded);
                }

                var stored = await db.Contributions
                    .SingleOrDefaultAsync(c => c.TaskId == found.Task.Id && c.Period == draft.Period && c.Unit == found.Unit, token).ConfigureAwait(false);
                return stored is null
                    ? await CreateAsync(db, session, draft, found, expectedVersion, token).ConfigureAwait(false)
                    : await UpdateAsync(db, session, draft, found, stored, expectedVersion, token).ConfigureAwait(false);
            },
            result => result.Succeeded,
            ct);

    private static async Task<StoreResult<Contribution>> CreateAsync(
        LedgerDbContext db, StoreSession session, ContributionDraft draft, TaskUnit found, int? expectedVersion, CancellationToken ct)
    {
        if (expectedVersion is not null)
        {
            return StoreResults.Fail<Contribution>(Catalogue.Contributions.NoneYet(found.Task.Code, found.Calendar[draft.Period]));
        }

        var contribution = new Contribution { TaskId = found.Task.Id, Period = draft.Period, Unit = found.Unit };
        Fill(contribution, draft, session.Now);
        db.Contributions.Add(contribution);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        AuditLog.Add(db, session, "contribution.create", AuditEntities.Contribution, Key(contribution.Id), null, Snapshot(contribution, found));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return StoreResults.Ok(contribution);
    }

    private static async Task<StoreResult<Contribution>> UpdateAsync(
        LedgerDbContext db, StoreSession session, ContributionDraft draft, TaskUnit found, Contribution stored, int? expectedVersion,
        CancellationToken ct)
    {
        if (expectedVersion is not { } expected)
        {
            return StoreResults.Fail<Contribution>(Catalogue.Contributions.AlreadyThere(found.Task.Code, found.Calendar[draft.Period], stored.Version));
        }

        if (stored.Version != expected)
        {
            return StoreResults.Fail<Contribution>(await ChangedAsync(db, stored.Id, ct).ConfigureAwait(false));
        }

        var before = Snapshot(stored, found);
        Fill(stored, draft, session.Now);
        ReportVersions.ExpectVersion(db.Entry(stored), expected);
        AuditLog.Add(db, session, "contribution.update", AuditEntities.Contribution, Key(stored.Id), before, Snapshot(stored, found));
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return StoreResults.Ok(stored);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StoreResults.Fail<Contribution>(await ChangedAsync(db, stored.Id, ct).ConfigureAwait(false));
        }
    }

    private static async Task<Problem> ChangedAsync(LedgerDbContext db, int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var version = await db.Contributions.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var last = await AuditQuery.LastAsync(db, AuditEntities.Contribution, Key(id), ct).ConfigureAwait(false);
        return Catalogue.Reports.Changed(last?.Actor, last?.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture), version);
    }

    private static void Fill(Contribution contribution, ContributionDraft draft, DateTimeOffset now) =>
        (contribution.Progress, contribution.Problems, contribution.NextSteps, contribution.Evidence, contribution.SavedAt) =
        (draft.Progress.Trim(), draft.Problems.Trim(), draft.NextSteps.Trim(), [.. draft.Evidence], now);

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static object Snapshot(Contribution c, TaskUnit found) =>
        new { Task = found.Task.Code, c.Period, c.Unit, c.Progress, c.Problems, c.NextSteps, c.Evidence, c.Version };
}
