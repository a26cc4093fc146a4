using System.Data;
using System.Data.Common;

namespace Luoshi.Storage.Households.Import;

/// <summary>The prepared statements a household import runs for a household already in the register: its fields
/// replaced, its income of the year added or replaced. New households go through the bulk writer instead.</summary>
internal sealed class HouseholdCommands : IAsyncDisposable
{
    private static readonly (string Name, DbType Type)[] FieldParameters =
    [
        ("number", DbType.String), ("village_code", DbType.String), ("head_name", DbType.String), ("head_id_number", DbType.String),
        ("members", DbType.String), ("income_year", DbType.Int32), ("income", DbType.Int64), ("income_recorded_on", DbType.Date),
        ("risks", DbType.Int32), ("source", DbType.String), ("state", DbType.String), ("hardship_on", DbType.Date),
        ("flagged_on", DbType.Date), ("identified_on", DbType.Date), ("assisted_on", DbType.Date), ("eliminated_on", DbType.Date),
    ];

    private HouseholdCommands(DbCommand update, DbCommand income) => (Update, Income) = (update, income);

    /// <summary>Replaces a stored household's fields (by id).</summary>
    public DbCommand Update { get; }

    /// <summary>Adds or replaces a household's income of one year.</summary>
    public DbCommand Income { get; }

    public static async Task<HouseholdCommands> PrepareAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var sets = string.Join(", ", FieldParameters.Select(p => $"{p.Name} = @{p.Name}"));
        var update = Command(connection, transaction, $"UPDATE households SET {sets} WHERE id = @id", [.. FieldParameters, ("id", DbType.Int32)]);
        var income = Command(connection, transaction,
            "INSERT INTO household_incomes (household_id, year, amount, recorded_on) VALUES (@household_id, @year, @amount, @recorded_on) "
            + "ON CONFLICT (household_id, year) DO UPDATE SET amount = excluded.amount, recorded_on = excluded.recorded_on",
            [("household_id", DbType.Int32), ("year", DbType.Int32), ("amount", DbType.Int64), ("recorded_on", DbType.Date)]);
        var commands = new HouseholdCommands(update, income);
        foreach (var command in new[] { update, income })
        {
            await command.PrepareAsync(ct).ConfigureAwait(false);
        }

        return commands;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, (string Name, DbType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static void Set(DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    /// <summary>Runs a command; Microsoft.Data.Sqlite's asynchronous calls only wrap synchronous work, so it is called directly.</summary>
    public static ValueTask<int> ExecuteAsync(DbCommand command, CancellationToken ct) =>
        command is Microsoft.Data.Sqlite.SqliteCommand ? ValueTask.FromResult(command.ExecuteNonQuery()) : new ValueTask<int>(command.ExecuteNonQueryAsync(ct));

    public async ValueTask DisposeAsync()
    {
        await Update.DisposeAsync().ConfigureAwait(false);
        await Income.DisposeAsync().ConfigureAwait(false);
    }
}
