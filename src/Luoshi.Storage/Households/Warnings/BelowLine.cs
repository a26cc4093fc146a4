using Luoshi.Domain.Households;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Warnings;

/// <summary>The households whose latest per-capita net income is under the line of its year, with the dates that
/// say when each was under it uncovered: one scan of the register compared with the few income lines, so the
/// bottom line of a province is a few tens of thousands of rows to count in memory.</summary>
internal static class BelowLine
{
    /// <summary>One household under the line.</summary>
    public sealed record Row(string Number, string VillageCode, DateOnly Since, DateOnly? IdentifiedOn, DateOnly? AssistedOn, DateOnly? EliminatedOn)
    {
        public bool IsUncovered(DateOnly day) => Coverage.IsUncovered(Since, IdentifiedOn, AssistedOn, EliminatedOn, day);
    }

    public static async Task<List<Row>> ReadAsync(LedgerDbContext db, CancellationToken ct)
    {
        var rows = await (
            from h in db.Households.AsNoTracking()
            join l in db.IncomeLines.AsNoTracking() on h.IncomeYear equals l.Year
            where h.Income < l.Amount
            select new { h.Number, h.VillageCode, h.IncomeRecordedOn, h.IdentifiedOn, h.AssistedOn, h.EliminatedOn }).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => new Row(r.Number, r.VillageCode, r.IncomeRecordedOn ?? DateOnly.MinValue, r.IdentifiedOn, r.AssistedOn, r.EliminatedOn))];
    }
}
