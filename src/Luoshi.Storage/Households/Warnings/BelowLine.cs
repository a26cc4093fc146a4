using Luoshi.Domain.Households;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Warnings;

/// <summary>The households whose latest per-capita net income is under the line of its year, with the dates that
/// say when each was under it uncovered: for each year's line one range of the (income_year, income) index, so
/// the bottom line of a province is a few tens of thousands of rows to count in memory.</summary>
internal static class BelowLine
{
    /// <summary>One household under the line.</summary>
    public sealed record Row(string Number, string VillageCode, DateOnly Since, DateOnly? IdentifiedOn, DateOnly? AssistedOn, DateOnly? EliminatedOn)
    {
        public bool IsUncovered(DateOnly day) => Coverage.IsUncovered(Since, IdentifiedOn, AssistedOn, EliminatedOn, day);
    }

    public static async Task<List<Row>> ReadAsync(LedgerDbContext db, CancellationToken ct)
    {
        var below = new List<Row>();
        // One range of the (income_year, income) index per line: the few households under it, never the whole register.
        foreach (var line in await db.IncomeLines.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            var amount = line.Amount;
            var rows = await db.Households.AsNoTracking()
                .Where(h => h.IncomeYear == line.Year && h.Income < amount)
                .Select(h => new { h.Number, h.VillageCode, h.IncomeRecordedOn, h.IdentifiedOn, h.AssistedOn, h.EliminatedOn })
                .ToListAsync(ct).ConfigureAwait(false);
            below.AddRange(rows.Select(r => new Row(r.Number, r.VillageCode, r.IncomeRecordedOn ?? DateOnly.MinValue, r.IdentifiedOn, r.AssistedOn, r.EliminatedOn)));
        }

        return below;
    }
}
