using Npgsql;
using NpgsqlTypes;

namespace Luoshi.Storage.Bulk;

/// <summary>PostgreSQL: binary COPY, one per call, inside the unit of work's transaction; ids from the table's own
/// identity sequence, reserved in one query.</summary>
internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : BulkWriter
{
    public override async Task WriteAsync<T>(BulkTable table, IEnumerable<T> rows, Action<T, IBulkRow> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(write);
        var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        await using (copy.ConfigureAwait(false))
        {
            var row = new PostgresRow(copy);
            foreach (var item in rows)
            {
                await copy.StartRowAsync(ct).ConfigureAwait(false);
                write(item, row);
            }

            // Disposing a COPY that was not completed cancels it, and then the transaction rolls back.
            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }
    }

    public override async Task<int[]> ReserveIdsAsync(string table, int count, CancellationToken ct)
    {
        var ids = new int[count];
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))::integer FROM generate_series(1, @count)";
        command.Parameters.AddWithValue("count", count);
        var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            for (var i = 0; await reader.ReadAsync(ct).ConfigureAwait(false); i++)
            {
                ids[i] = reader.GetInt32(0);
            }
        }

        return ids;
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Writes a row's cells into the COPY stream with their PostgreSQL types.</summary>
    private sealed class PostgresRow(NpgsqlBinaryImporter copy) : IBulkRow
    {
        public void Int(int? value) => Write(value, NpgsqlDbType.Integer);

        public void Long(long? value) => Write(value, NpgsqlDbType.Bigint);

        public void Decimal(decimal? value) => Write(value, NpgsqlDbType.Numeric);

        public void Text(string? value)
        {
            if (value is null)
            {
                copy.WriteNull();
            }
            else
            {
                copy.Write(value, NpgsqlDbType.Text);
            }
        }

        public void Date(DateOnly? value) => Write(value, NpgsqlDbType.Date);

        public void Bool(bool? value) => Write(value, NpgsqlDbType.Boolean);

        // timestamptz takes instants in UTC.
        public void Timestamp(DateTimeOffset? value) => Write(value?.ToUniversalTime(), NpgsqlDbType.TimestampTz);

        public void Double(double? value) => Write(value is { } v && double.IsNaN(v) ? null : value, NpgsqlDbType.Double);

        private void Write<TValue>(TValue? value, NpgsqlDbType type)
            where TValue : struct
        {
            if (value is { } v)
            {
                copy.Write(v, type);
            }
            else
            {
                copy.WriteNull();
            }
        }
    }
}
