using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Luoshi.Storage.ProgressImport;
using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.Households.Import;

/// <summary>Where an import puts its households: one prepared statement per row, or on SQLite JSON batches that SQLite
/// unpacks itself (json_each), one statement per two thousand households instead of one per household.</summary>
internal abstract class HouseholdSink : IAsyncDisposable
{
    public abstract ValueTask AddAsync(HouseholdRecord row, CancellationToken ct);

    public abstract ValueTask FlushAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    public static async Task<HouseholdSink> ForAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        connection is SqliteConnection
            ? new SqliteJson(connection, transaction)
            : new Prepared(await HouseholdCommands.PrepareAsync(connection, transaction, ct).ConfigureAwait(false));

    private sealed class Prepared(HouseholdCommands commands) : HouseholdSink
    {
        public override async ValueTask AddAsync(HouseholdRecord r, CancellationToken ct)
        {
            var command = r.StoredId is null ? commands.Insert : commands.Update;
            Set(command, "number", r.Number);
            Set(command, "village_code", r.Village);
            Set(command, "head_name", r.Head);
            Set(command, "head_id_number", r.IdNumber);
            Set(command, "members", r.Members);
            Set(command, "income_year", r.IncomeYear);
            Set(command, "income", r.Income);
            Set(command, "income_recorded_on", r.IncomeRecordedOn);
            Set(command, "risks", r.Risks);
            Set(command, "source", r.Source);
            Set(command, "state", r.State);
            Set(command, "hardship_on", r.HardshipOn);
            Set(command, "flagged_on", r.FlaggedOn);
            Set(command, "identified_on", r.IdentifiedOn);
            Set(command, "assisted_on", r.AssistedOn);
            Set(command, "eliminated_on", r.EliminatedOn);
            int id;
            if (r.StoredId is { } stored)
            {
                Set(command, "id", id = stored);
                await ProgressCommands.ExecuteAsync(command, ct).ConfigureAwait(false);
            }
            else
            {
                id = Convert.ToInt32(await ProgressCommands.ScalarAsync(command, ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            Set(commands.Income, "household_id", id);
            Set(commands.Income, "year", r.Year);
            Set(commands.Income, "amount", r.Amount);
            Set(commands.Income, "recorded_on", r.RecordedOn);
            await ProgressCommands.ExecuteAsync(commands.Income, ct).ConfigureAwait(false);
        }

        public override ValueTask FlushAsync(CancellationToken ct) => ValueTask.CompletedTask;

        public override ValueTask DisposeAsync() => commands.DisposeAsync();

        private static void Set(DbCommand command, string name, object? value) => HouseholdCommands.Set(command, name, value);
    }

    /// <remarks>Dates are written as text yyyy-MM-dd and money as whole fen, exactly as EF and Microsoft.Data.Sqlite
    /// store them, so rows read the same whichever way they were written. A household whose head is already stored
    /// is updated by the same statement (ON CONFLICT on the head's identity number); its income is joined back by it.</remarks>
    private sealed class SqliteJson : HouseholdSink
    {
        private const int BatchSize = 2048;
        private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private static readonly string[] Columns =
        [
            "number", "village_code", "head_name", "head_id_number", "members", "income_year", "income", "income_recorded_on", "risks",
            "source", "state", "hardship_on", "flagged_on", "identified_on", "assisted_on", "eliminated_on",
        ];

        private readonly DbCommand _households;
        private readonly DbCommand _incomes;
        private readonly ArrayBufferWriter<byte> _buffer = new(BatchSize * 256);
        private readonly Utf8JsonWriter _json;
        private int _count;

        public SqliteJson(DbConnection connection, DbTransaction transaction)
        {
            var picks = string.Join(", ", Columns.Select((_, i) => $"j.value ->> {i}"));
            var updates = string.Join(", ", Columns.Select(c => $"{c} = excluded.{c}"));
            _households = Command(connection, transaction,
                $"INSERT INTO households ({string.Join(", ", Columns)}) SELECT {picks} FROM json_each(@rows) AS j WHERE true "
                + $"ON CONFLICT (head_id_number) DO UPDATE SET {updates}");
            _incomes = Command(connection, transaction,
                "INSERT INTO household_incomes (household_id, year, amount, recorded_on) "
                + "SELECT h.id, j.value ->> 16, j.value ->> 17, j.value ->> 18 FROM json_each(@rows) AS j "
                + "JOIN households AS h ON h.head_id_number = j.value ->> 3 WHERE true "
                + "ON CONFLICT (household_id, year) DO UPDATE SET amount = excluded.amount, recorded_on = excluded.recorded_on");
            _json = new Utf8JsonWriter(_buffer, Options);
            _json.WriteStartArray();
        }

        public override ValueTask AddAsync(HouseholdRecord r, CancellationToken ct)
        {
            var w = _json;
            w.WriteStartArray();
            w.WriteStringValue(r.Number);
            w.WriteStringValue(r.Village);
            w.WriteStringValue(r.Head);
            w.WriteStringValue(r.IdNumber);
            w.WriteStringValue(r.Members);
            w.WriteNumberValue(r.IncomeYear);
            Number(r.Income);
            Date(r.IncomeRecordedOn);
            w.WriteNumberValue(r.Risks);
            if (r.Source is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStringValue(r.Source);
            }

            w.WriteStringValue(r.State);
            Date(r.HardshipOn);
            Date(r.FlaggedOn);
            Date(r.IdentifiedOn);
            Date(r.AssistedOn);
            Date(r.EliminatedOn);
            w.WriteNumberValue(r.Year);
            w.WriteNumberValue(r.Amount);
            Date(r.RecordedOn);
            w.WriteEndArray();
            return ++_count == BatchSize ? FlushAsync(ct) : ValueTask.CompletedTask;
        }

        public override ValueTask FlushAsync(CancellationToken ct)
        {
            if (_count == 0)
            {
                return ValueTask.CompletedTask;
            }

            _json.WriteEndArray();
            _json.Flush();
            var rows = Encoding.UTF8.GetString(_buffer.WrittenSpan);
            _households.Parameters[0].Value = rows;
            _households.ExecuteNonQuery();
            _incomes.Parameters[0].Value = rows;
            _incomes.ExecuteNonQuery();
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            _json.WriteStartArray();
            _count = 0;
            return ValueTask.CompletedTask;
        }

        public override async ValueTask DisposeAsync()
        {
            await _json.DisposeAsync().ConfigureAwait(false);
            await _households.DisposeAsync().ConfigureAwait(false);
            await _incomes.DisposeAsync().ConfigureAwait(false);
        }

        private void Number(long? value)
        {
            if (value is { } v)
            {
                _json.WriteNumberValue(v);
            }
            else
            {
                _json.WriteNullValue();
            }
        }

        private void Date(DateOnly? day)
        {
            if (day is { } d)
            {
                Span<char> text = stackalloc char[10];
                d.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                _json.WriteStringValue(text);
            }
            else
            {
                _json.WriteNullValue();
            }
        }

        private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            var rows = command.CreateParameter();
            rows.ParameterName = "rows";
            command.Parameters.Add(rows);
            return command;
        }
    }
}
