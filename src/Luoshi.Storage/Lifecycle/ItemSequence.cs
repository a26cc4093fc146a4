using Luoshi.Domain.Lifecycle;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>Where an item's number (2022-提案-015) comes from: the last sequence of its year and source, read inside the
/// write transaction that stores the new items, with every other writer of that year and source kept out until it
/// commits. So two creations or imports at once never draw the same number, and a file's items stay consecutive. On
/// PostgreSQL the transaction takes an advisory lock of the year and source (released at commit or rollback); on SQLite
/// every write transaction already begins IMMEDIATE, holding the database's one write lock before it reads. The unique
/// indexes on the number and on (year, source, sequence) stay as the last guard.</summary>
internal static class ItemSequence
{
    // The first key of the advisory lock: "item" in ASCII, so it cannot meet another use of advisory locks by chance.
    private const int LockClass = 0x6974656D;

    /// <summary>The last sequence of <paramref name="year"/> and <paramref name="source"/> (0 before the first), with
    /// the numbering of that year and source held by this transaction until it ends.</summary>
    public static async Task<int> LastAsync(LedgerDbContext db, int year, ItemSource source, CancellationToken ct)
    {
        if (db is PostgresLedgerDbContext)
        {
            var key = (year * 16) + (int)source;
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {key})", ct).ConfigureAwait(false);
        }

        return await db.SupervisionItems.Where(i => i.Year == year && i.Source == source).MaxAsync(i => (int?)i.Sequence, ct).ConfigureAwait(false) ?? 0;
    }
}
