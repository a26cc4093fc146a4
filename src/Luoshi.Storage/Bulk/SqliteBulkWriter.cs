using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Luoshi.Storage.Bulk;

/// <summary>SQLite: INSERT statements of 32 rows each, prepared once per table and bound by position through SQLite's
/// own API. Microsoft.Data.Sqlite looks every parameter up by name at every execution and a JSON batch parses each row's
/// text once per column; both cost several times what SQLite itself spends storing the row.</summary>
/// <remarks>While it writes, the connection's page cache is 256 MB instead of SQLite's 2 MB: a million rows touch far more
/// index pages than 2 MB hold, and every page spilled from the cache inside a transaction is written to the rollback
/// journal again and again. The default comes back when the writer is disposed (the connection is pooled).</remarks>
internal sealed class SqliteBulkWriter : BulkWriter
{
    // SQLite binds at most 32,766 values per statement; a row of the widest table (17 columns) fits 32 times over.
    private const int RowsPerStatement = 32;
    private const int BulkCache = -262144, DefaultCache = -2000;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private readonly Dictionary<(string Table, int Rows), sqlite3_stmt> _statements = [];
    private readonly Dictionary<string, long> _lastIds = new(StringComparer.Ordinal);
    private readonly SqliteBinder _binder = new();

    private SqliteBulkWriter(SqliteConnection connection, SqliteTransaction transaction) => (_connection, _transaction) = (connection, transaction);

    public static async Task<SqliteBulkWriter> OpenAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var writer = new SqliteBulkWriter(connection, transaction);
        await writer.PragmaAsync(BulkCache, ct).ConfigureAwait(false);
        return writer;
    }

    public override Task WriteAsync<T>(BulkTable table, IEnumerable<T> rows, Action<T, IBulkRow> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(write);
        var batch = new T[RowsPerStatement];
        var count = 0;
        foreach (var row in rows)
        {
            batch[count++] = row;
            if (count == RowsPerStatement)
            {
                Run(table, batch, count, write);
                count = 0;
            }
        }

        for (var i = 0; i < count; i++)
        {
            Run(table, batch.AsSpan(i, 1), 1, write);
        }

        return Task.CompletedTask;
    }

    public override async Task<int[]> ReserveIdsAsync(string table, int count, CancellationToken ct)
    {
        if (!_lastIds.TryGetValue(table, out var last))
        {
            // Inside the unit of work's transaction SQLite's write lock keeps any other writer out until the commit.
            await using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            // An AUTOINCREMENT table never reuses an id, not even one of a row since deleted: its sequence counts too.
            command.CommandText = $"SELECT MAX(COALESCE((SELECT MAX(id) FROM {table}), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0))";
            last = Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var ids = new int[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = checked((int)++last);
        }

        _lastIds[table] = last;
        return ids;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        await PragmaAsync(DefaultCache, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task PragmaAsync(int cache, CancellationToken ct)
    {
        await using var pragma = _connection.CreateCommand();
        pragma.Transaction = _transaction;
        pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cache}");
        await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private void Run<T>(BulkTable table, ReadOnlySpan<T> rows, int count, Action<T, IBulkRow> write)
    {
        var statement = Statement(table, count);
        raw.sqlite3_clear_bindings(statement);
        _binder.Start(statement);
        for (var i = 0; i < count; i++)
        {
            write(rows[i], _binder);
        }

        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), rc);
        }
    }

    private sqlite3_stmt Statement(BulkTable table, int rows)
    {
        if (_statements.TryGetValue((table.Name, rows), out var statement))
        {
            return statement;
        }

        var one = $"({string.Join(", ", Enumerable.Repeat("?", table.Columns.Count))})";
        var sql = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES {string.Join(", ", Enumerable.Repeat(one, rows))}";
        var rc = raw.sqlite3_prepare_v2(_connection.Handle, sql, out statement);
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), rc);
        }

        _statements[(table.Name, rows)] = statement;
        return statement;
    }
}
