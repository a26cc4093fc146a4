using System.Data;
using System.Data.Common;
using Luoshi.Storage.ProgressImport;

namespace Luoshi.Storage.Households.Import;

/// <summary>The prepared statements of a household import, created once and run with new values for every row:
/// two million rows through EF's change tracker would take many minutes and the memory of every row.</summary>
internal sealed class HouseholdCommands : IAsyncDisposable
{
    private const string Fields =
        "number, village_code, head_name, head_id_number, members, income_year, income, income_recorded_on, risks, source, state, "
        + "hardship_on, flagged_on, identified_on, assisted_on, eliminated_on";

    private static readonly (string Name, DbType Type)[] FieldParameters =
    [
        ("number", DbType.String), ("village_code", DbType.String), ("head_name", DbType.String), ("head_id_number", DbType.String),
        ("members", DbType.String), ("income_year", DbType.Int32), ("income", DbType.Int64), ("income_recorded_on", DbType.Date),
        ("risks", DbType.Int32), ("source", DbType.String), ("state", DbType.String), ("hardship_on", DbType.Date),
        ("flagged_on", DbType.Date), ("identified_on", DbType.Date), ("assisted_on", DbType.Date), ("eliminated_on", DbType.Date),
    ];

    private HouseholdCommands(DbCommand insert, DbCommand update, DbCommand income) => (Insert, Update, Income) = (insert, update, income);

    /// <summary>Adds a household and returns its id.</summary>
    public DbCommand Insert { get; }

    /// <summary>Replaces a stored household's fields (by id).</summary>
    public DbCommand Update { get; }

    /// <summary>Adds or replaces a household's income of one year.</summary>
    public DbCommand Income { get; }

    public static async Task<HouseholdCommands> PrepareAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var values = string.Join(", ", FieldParameters.Select(p => "@" + p.Name));
        var insert = Command(connection, transaction, $"INSERT INTO households ({Fields}) VALUES ({values}) RETURNING id", FieldParameters);
        var sets = string.Join(", ", FieldParameters.Select(p => $"{p.Name} = @{p.Name}"));
        var update = Command(connection, transaction, $"UPDATE households SET {sets} WHERE id = @id", [.. FieldParameters, ("id", DbType.Int32)]);
        var income = Command(connection, transaction,
            "INSERT INTO household_incomes (household_id, year, amount, recorded_on) VALUES (@household_id, @year, @amount, @recorded_on) "
            + "ON CONFLICT (household_id, year) DO UPDATE SET amount = excluded.amount, recorded_on = excluded.recorded_on",
            [("household_id", DbType.Int32), ("year", DbType.Int32), ("amount", DbType.Int64), ("recorded_on", DbType.Date)]);
        var commands = new HouseholdCommands(insert, update, income);
        foreach (var command in new[] { insert, update, income })
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

    public static void Set(DbCommand command, string name, object? value) => ProgressCommands.Set(command, name, value);

    public async ValueTask DisposeAsync()
    {
        await Insert.DisposeAsync().ConfigureAwait(false);
        await Update.DisposeAsync().ConfigureAwait(false);
        await Income.DisposeAsync().ConfigureAwait(false);
    }
}
