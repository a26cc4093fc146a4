using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Luoshi.Storage.Bulk;

/// <summary>SQLite: INSERT statements of 32 rows each, prepared once per table and bound by position through SQLite's
/// own API. Microsoft.Data.Sqlite looks every parameter up by name at every execution and a JSON batch parses each row's
/// text once per column; both cost several times what SQLite itself spends storing the row.</summary>
internal sealed class SqliteBulkWriter(SqliteConnection connection, SqliteTransaction transaction) : BulkWriter
{
    // SQLite binds at most 32,766 values per statement; a row of the widest table (16 columns) fits 32 times over.
    private const int RowsPerStatement = 32;

    private readonly Dictionary<(string Table, int Rows), sqlite3_stmt> _statements = [];
    private readonly Dictionary<string, long> _lastIds = new(StringComparer.Ordinal);
    private readonly SqliteBinder _binder = new();

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
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
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

    public override ValueTask DisposeAsync()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        return ValueTask.CompletedTask;
    }

    private void Run<T>(BulkTable table, ReadOnlySpan<T> rows, int count, Action<T, IBulkRow> write)
    {
        var statement = Statement(table, count);
        _binder.Start(statement);
        for (var i = 0; i < count; i++)
        {
            write(rows[i], _binder);
        }

        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
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
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out statement);
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }

        _statements[(table.Name, rows)] = statement;
        return statement;
    }
}
