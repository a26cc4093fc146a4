using Luoshi.Domain.Households;
using Luoshi.Domain.Units;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Import;

/// <summary>What the ledger holds that an import checks rows against: the units, the income lines and the
/// households already in the register (by the 64-bit key of the head's identity number, and by number).</summary>
internal sealed class RegisterLookups
{
    private RegisterLookups(
        Dictionary<string, OrgUnitKind> units, Dictionary<int, decimal> lines, Dictionary<long, StoredHousehold> byKey, Dictionary<string, long> numbers)
    {
        (Units, Lines, ByKey, Numbers) = (units, lines, byKey, numbers);
    }

    public Dictionary<string, OrgUnitKind> Units { get; }

    public Dictionary<int, decimal> Lines { get; }

    public Dictionary<long, StoredHousehold> ByKey { get; }

    /// <summary>Household number → the key of its head's identity number.</summary>
    public Dictionary<string, long> Numbers { get; }

    public static async Task<RegisterLookups> LoadAsync(LedgerDbContext db, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Kind, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var lines = await db.IncomeLines.AsNoTracking().ToDictionaryAsync(l => l.Year, l => l.Amount, ct).ConfigureAwait(false);
        var byKey = new Dictionary<long, StoredHousehold>();
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var h in db.Households.AsNoTracking().Select(h => new StoredHousehold(
            h.Id, h.Number, h.HeadIdNumber, h.IncomeYear, h.Income, h.IncomeRecordedOn, h.State, h.Risks, h.Source, h.HardshipOn,
            h.FlaggedOn, h.IdentifiedOn, h.AssistedOn, h.EliminatedOn)).AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            var key = IdentityNumber.Key(h.HeadIdNumber);
            byKey[key] = h;
            numbers[h.Number] = key;
        }

        return new RegisterLookups(units, lines, byKey, numbers);
    }
}
