using Luoshi.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Units;

/// <summary>Resolves a unit's name or alias against the ledger's units (<see cref="UnitNames"/>).</summary>
internal static class UnitResolution
{
    /// <summary>The full name of the unit called <paramref name="nameOrAlias"/>, or the words as given when no stored
    /// unit is called that (a task may still carry the parser's name); null stays null.</summary>
    public static async Task<string?> ResolveAsync(Schema.LedgerDbContext db, string? nameOrAlias, CancellationToken ct) =>
        nameOrAlias is null ? null
            : new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false)).Find(nameOrAlias) ?? nameOrAlias;
}
