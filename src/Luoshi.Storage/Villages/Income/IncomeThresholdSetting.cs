using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Income;

/// <summary>Sets the office's income line for a year, audited.</summary>
internal static class IncomeThresholdSetting
{
    public const string Entity = "income-threshold";

    public static Task<StoreResult> RunAsync(StoreSession session, int year, decimal amount, CancellationToken ct)
    {
        if (year is < 2000 or > 2100 || amount < 0)
        {
            return Task.FromResult(StoreResult.Fail(Catalogue.Villages.IncomeThreshold(year, amount)));
        }

        return session.WriteAsync(
            async (db, token) =>
            {
                var stored = await db.IncomeThresholds.SingleOrDefaultAsync(t => t.Year == year, token).ConfigureAwait(false);
                var before = stored?.Amount;
                if (stored is null)
                {
                    db.IncomeThresholds.Add(new IncomeThreshold { Year = year, Amount = amount });
                }
                else
                {
                    stored.Amount = amount;
                }

                AuditLog.Add(db, session, "income.threshold", Entity, year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    before is null ? null : new { Amount = before }, new { Amount = amount });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            r => r.Succeeded,
            ct);
    }
}
