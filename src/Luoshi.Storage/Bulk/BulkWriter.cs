using Luoshi.Storage.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Luoshi.Storage.Bulk;

/// <summary>The one way big imports write rows (progress, households, villages, monitoring, units): inside the unit of
/// work's transaction, on SQLite through prepared statements bound by position with SQLite's own API, many rows per
/// statement; on PostgreSQL by binary COPY. Ids are assigned here (<see cref="ReserveIdsAsync"/>) rather than read back
/// row by row, so a row and the rows that refer to it are written without a round trip each.</summary>
/// <remarks>Values are written as EF writes its own (a decimal as text "861.0" on SQLite, numeric on PostgreSQL; a day
/// as yyyy-MM-dd or date), so EF reads every row back as if it had written it.</remarks>
internal abstract class BulkWriter : IAsyncDisposable
{
    /// <summary>The writer for the context's provider, on its open connection and current transaction.</summary>
    public static async Task<BulkWriter> OpenAsync(LedgerDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk writer writes inside the unit of work's transaction.");
        return db.Database.GetDbConnection() switch
        {
            SqliteConnection sqlite => await SqliteBulkWriter.OpenAsync(sqlite, (SqliteTransaction)transaction, ct).ConfigureAwait(false),
            NpgsqlConnection postgres => new PostgresBulkWriter(postgres),
            var other => throw new NotSupportedException($"No bulk writer for {other.GetType().Name}."),
        };
    }

    /// <summary>Writes <paramref name="rows"/> into <paramref name="table"/>, each by <paramref name="write"/>.</summary>
    public abstract Task WriteAsync<T>(BulkTable table, IEnumerable<T> rows, Action<T, IBulkRow> write, CancellationToken ct);

    /// <summary>Takes <paramref name="count"/> new ids of <paramref name="table"/>'s id column: no other writer can
    /// take them, and rows written with them keep the table's own id generation correct afterwards.</summary>
    public abstract Task<int[]> ReserveIdsAsync(string table, int count, CancellationToken ct);

    /// <summary>Releases the prepared statements.</summary>
    public abstract ValueTask DisposeAsync();

    /// <summary>Inserts rows given as values in column order and returns the ids assigned to them, in order: the
    /// convenience for small registers (a province's 20,000 villages).</summary>
    public static async Task<int[]> InsertAsync(
        LedgerDbContext db, BulkTable table, IReadOnlyList<object?[]> rows, bool withIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return [];
        }

        var writer = await OpenAsync(db, ct).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var ids = withIds ? await writer.ReserveIdsAsync(table.Name, rows.Count, ct).ConfigureAwait(false) : [];
            var target = withIds ? table with { Columns = [new("id", BulkType.Int), .. table.Columns] } : table;
            await writer.WriteAsync(target, Enumerable.Range(0, rows.Count), (i, row) =>
            {
                if (withIds)
                {
                    row.Int(ids[i]);
                }

                for (var c = 0; c < table.Columns.Count; c++)
                {
                    BulkValues.Write(row, table.Columns[c].Type, rows[i][c]);
                }
            }, ct).ConfigureAwait(false);
            return ids;
        }
    }
}
