using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Where pass 2 puts the values of a progress file: one prepared insert per value, or on SQLite a JSON batch.</summary>
internal abstract class ValueSink : IDisposable
{
    public abstract ValueTask AddAsync(int reportId, ProgressLine line, CancellationToken ct);

    public abstract ValueTask FlushAsync(CancellationToken ct);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    /// <summary>The sink for the provider behind <paramref name="commands"/>.</summary>
    public static ValueSink For(ProgressCommands commands, DbConnection connection, DbTransaction transaction) =>
        connection is SqliteConnection ? new SqliteJsonValues(connection, transaction) : new PreparedValues(commands.InsertValue);

    private sealed class PreparedValues(DbCommand insert) : ValueSink
    {
        public override async ValueTask AddAsync(int reportId, ProgressLine line, CancellationToken ct)
        {
            ProgressCommands.Set(insert, "report_id", reportId);
            ProgressCommands.Set(insert, "target_id", line.Target.Id);
            ProgressCommands.Set(insert, "value", line.Value);
            ProgressCommands.Set(insert, "numerator", line.Numerator);
            ProgressCommands.Set(insert, "denominator", line.Denominator);
            ProgressCommands.Set(insert, "done_on", line.DoneOn);
            await ProgressCommands.ExecuteAsync(insert, ct).ConfigureAwait(false);
        }

        public override ValueTask FlushAsync(CancellationToken ct) => ValueTask.CompletedTask;
    }

    /// <summary>Thousands of values as one JSON parameter that SQLite unpacks itself (json_each): one statement per batch
    /// instead of one per value, which is most of the cost of a million-row file.</summary>
    /// <remarks>Decimals and dates are written as text exactly as Microsoft.Data.Sqlite binds them ("861.0",
    /// "2022-09-15"), so rows read the same whichever way they were stored.</remarks>
    private sealed class SqliteJsonValues : ValueSink
    {
        private const int BatchSize = 4096;
        private readonly DbCommand _insert;
        private readonly DbParameter _rows;
        private readonly StringBuilder _json = new(BatchSize * 48);
        private int _count;

        public SqliteJsonValues(DbConnection connection, DbTransaction transaction)
        {
            _insert = connection.CreateCommand();
            _insert.Transaction = transaction;
            _insert.CommandText =
                "INSERT INTO progress_values (report_id, target_id, value, numerator, denominator, done_on) "
                + "SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5 FROM json_each(@rows) AS j";
            _rows = _insert.CreateParameter();
            _rows.ParameterName = "rows";
            _insert.Parameters.Add(_rows);
        }

        public override async ValueTask AddAsync(int reportId, ProgressLine line, CancellationToken ct)
        {
            _json.Append(_count == 0 ? "[[" : ",[").Append(reportId).Append(',').Append(line.Target.Id).Append(',');
            Decimal(line.Value).Append(',');
            Decimal(line.Numerator).Append(',');
            Decimal(line.Denominator).Append(',');
            (line.DoneOn is { } day ? _json.Append('"').Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"') : _json.Append("null")).Append(']');
            if (++_count == BatchSize)
            {
                await FlushAsync(ct).ConfigureAwait(false);
            }
        }

        public override ValueTask FlushAsync(CancellationToken ct)
        {
            if (_count > 0)
            {
                _rows.Value = _json.Append(']').ToString();
                _insert.ExecuteNonQuery();
                _json.Clear();
                _count = 0;
            }

            return ValueTask.CompletedTask;
        }

        public override void Dispose()
        {
            _insert.Dispose();
            base.Dispose();
        }

        private StringBuilder Decimal(decimal? value) => value is { } v
            ? _json.Append('"').Append(v.ToString("0.0###########################", CultureInfo.InvariantCulture)).Append('"')
            : _json.Append("null");
    }
}
