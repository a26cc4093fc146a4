using Luoshi.Domain.Households;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Monitoring;

/// <summary>Sets a year's monitoring income line and flags, in the same transaction, every household of that year
/// whose income is now under it and that is not a monitoring object already.</summary>
internal static class IncomeLines
{
    private sealed record Snapshot(int Year, decimal Amount, int Flagged);

    public static Task<StoreResult<int>> SetAsync(StoreSession session, int year, decimal amount, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return Task.FromResult(StoreResults.Fail<int>(Catalogue.Households.YearRange(year), Place.OfField("year")));
        }

        if (amount <= 0 || amount.Scale > 2 || amount >= 100_000_000m)
        {
            return Task.FromResult(StoreResults.Fail<int>(Catalogue.Households.LineAmount(amount), Place.OfField("amount")));
        }

        return session.WriteAsync(
            async (db, token) =>
            {
                var today = session.Today;
                var line = await db.IncomeLines.SingleOrDefaultAsync(l => l.Year == year, token).ConfigureAwait(false);
                var before = line is null ? null : new Snapshot(line.Year, line.Amount, 0);
                if (line is null)
                {
                    db.IncomeLines.Add(line = new IncomeLine { Year = year });
                }

                (line.Amount, line.SetOn) = (amount, today);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                var flagged = await db.Households
                    .Where(h => h.IncomeYear == year && h.Income < amount
                        && (h.State == MonitoringState.NotMonitored || h.State == MonitoringState.RiskEliminated))
                    .ExecuteUpdateAsync(s => s.SetProperty(h => h.State, MonitoringState.Flagged).SetProperty(h => h.FlaggedOn, today), token)
                    .ConfigureAwait(false);
                AuditLog.Add(db, session, "income-line.set", HouseholdAudit.IncomeLine, year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    before, new Snapshot(year, amount, flagged));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResults.Ok(flagged);
            },
            result => result.Succeeded,
            ct);
    }
}
