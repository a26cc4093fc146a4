using Luoshi.Domain.Households;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households;

/// <summary>Finds a household by its number (户编号) or its head's identity number, as a person types either.</summary>
internal static class HouseholdLookup
{
    public static Task<Household?> FindAsync(IQueryable<Household> households, string key, CancellationToken ct)
    {
        var text = key.Trim();
        var id = IdentityNumber.Normalize(text);
        return households.FirstOrDefaultAsync(h => h.Number == text || h.HeadIdNumber == id, ct);
    }

    public static IQueryable<Household> Of(LedgerDbContext db) => db.Households;
}
