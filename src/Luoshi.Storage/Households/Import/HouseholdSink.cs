using System.Data.Common;
using System.Globalization;
using Luoshi.Storage.ProgressImport;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Luoshi.Storage.Households.Import;

/// <summary>Where an import puts its households: prepared statements per row, through ADO.NET on PostgreSQL and through
/// SQLite's own API on SQLite.</summary>
internal abstract class HouseholdSink : IAsyncDisposable
{
    public abstract ValueTask AddAsync(HouseholdRecord row, CancellationToken ct);

    public abstract ValueTask FlushAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    public static async Task<HouseholdSink> ForAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? new SqliteRaw(sqlite)
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

    /// <summary>SQLite: one statement per household and one per income, prepared once and bound by position through
    /// SQLite's own API. Microsoft.Data.Sqlite looks every parameter up by name at every execution and JSON batches
    /// parse each row's text once per column; both cost several times what SQLite itself spends storing the row.</summary>
    /// <remarks>Dates are bound as text yyyy-MM-dd and money as whole fen, exactly as EF stores them. A household whose
    /// head is already stored is updated by the same statement (ON CONFLICT on the head's identity number).</remarks>
    private sealed class SqliteRaw : HouseholdSink
    {
        private static readonly string[] Columns =
        [
            "number", "village_code", "head_name", "head_id_number", "members", "income_year", "income", "income_recorded_on", "risks",
            "source", "state", "hardship_on", "flagged_on", "identified_on", "assisted_on", "eliminated_on",
        ];

        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _household;
        private readonly sqlite3_stmt _income;

        public SqliteRaw(SqliteConnection connection)
        {
            _db = connection.Handle!;
            var values = string.Join(", ", Columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)));
            _household = Prepare(
                $"INSERT INTO households ({string.Join(", ", Columns)}) VALUES ({values}) "
                + $"ON CONFLICT (head_id_number) DO UPDATE SET {string.Join(", ", Columns.Select(c => $"{c} = excluded.{c}"))}");
            _income = Prepare(
                "INSERT INTO household_incomes (household_id, year, amount, recorded_on) VALUES (?1, ?2, ?3, ?4) "
                + "ON CONFLICT (household_id, year) DO UPDATE SET amount = excluded.amount, recorded_on = excluded.recorded_on");
        }

        public override ValueTask AddAsync(HouseholdRecord r, CancellationToken ct)
        {
            var s = _household;
            Text(s, 1, r.Number);
            Text(s, 2, r.Village);
            Text(s, 3, r.Head);
            Text(s, 4, r.IdNumber);
            Text(s, 5, r.Members);
            raw.sqlite3_bind_int(s, 6, r.IncomeYear);
            Long(s, 7, r.Income);
            Date(s, 8, r.IncomeRecordedOn);
            raw.sqlite3_bind_int(s, 9, r.Risks);
            Text(s, 10, r.Source);
            Text(s, 11, r.State);
            Date(s, 12, r.HardshipOn);
            Date(s, 13, r.FlaggedOn);
            Date(s, 14, r.IdentifiedOn);
            Date(s, 15, r.AssistedOn);
            Date(s, 16, r.EliminatedOn);
            Step(s);
            var id = r.StoredId ?? raw.sqlite3_last_insert_rowid(_db);
            raw.sqlite3_bind_int64(_income, 1, id);
            raw.sqlite3_bind_int(_income, 2, r.Year);
            raw.sqlite3_bind_int64(_income, 3, r.Amount);
            Date(_income, 4, r.RecordedOn);
            Step(_income);
            return ValueTask.CompletedTask;
        }

        public override ValueTask FlushAsync(CancellationToken ct) => ValueTask.CompletedTask;

        public override ValueTask DisposeAsync()
        {
            _household.Dispose();
            _income.Dispose();
            return ValueTask.CompletedTask;
        }

        private sqlite3_stmt Prepare(string sql)
        {
            Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
            return statement;
        }

        private void Step(sqlite3_stmt statement)
        {
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
            }
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK)
            {
                throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
            }
        }

        private static void Text(sqlite3_stmt s, int at, string? value)
        {
            if (value is null)
            {
                raw.sqlite3_bind_null(s, at);
            }
            else
            {
                raw.sqlite3_bind_text(s, at, value);
            }
        }

        private static void Long(sqlite3_stmt s, int at, long? value)
        {
            if (value is { } v)
            {
                raw.sqlite3_bind_int64(s, at, v);
            }
            else
            {
                raw.sqlite3_bind_null(s, at);
            }
        }

        private static void Date(sqlite3_stmt s, int at, DateOnly? day) =>
            Text(s, at, day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
