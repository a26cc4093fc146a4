using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.ProgressImport;

/// <summary>The prepared statements of pass 2, created once and run with new parameter values for every row: a
/// million rows through EF's change tracker would take minutes and the memory of every row.</summary>
internal sealed class ProgressCommands : IAsyncDisposable
{
    private ProgressCommands(DbCommand insertReport, DbCommand updateReport, DbCommand clearValues, DbCommand insertValue)
    {
        (InsertReport, UpdateReport, ClearValues, InsertValue) = (insertReport, updateReport, clearValues, insertValue);
    }

    /// <summary>Adds a report and returns its id.</summary>
    public DbCommand InsertReport { get; }

    /// <summary>Replaces a stored report's fields if its version is still the one read in pass 1.</summary>
    public DbCommand UpdateReport { get; }

    /// <summary>Removes a replaced report's values.</summary>
    public DbCommand ClearValues { get; }

    /// <summary>Adds one value.</summary>
    public DbCommand InsertValue { get; }

    public static async Task<ProgressCommands> PrepareAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        const string Fields = "@unit, @state, @progress, @problems, @next_steps, @submitted_at";
        var insertReport = Command(connection, transaction,
            "INSERT INTO progress_reports (task_id, period, unit, state, progress, problems, next_steps, submitted_at, evidence, version) "
            + $"VALUES (@task_id, @period, {Fields}, '[]', 1) RETURNING id",
            [("task_id", DbType.Int32), ("period", DbType.Int32), .. ReportFields]);
        var updateReport = Command(connection, transaction,
            "UPDATE progress_reports SET unit = @unit, state = @state, progress = @progress, problems = @problems, "
            + "next_steps = @next_steps, submitted_at = @submitted_at, version = version + 1 WHERE id = @id AND version = @version",
            [("id", DbType.Int32), ("version", DbType.Int32), .. ReportFields]);
        var clearValues = Command(connection, transaction, "DELETE FROM progress_values WHERE report_id = @report_id", [("report_id", DbType.Int32)]);
        var insertValue = Command(connection, transaction,
            "INSERT INTO progress_values (report_id, target_id, value, numerator, denominator, done_on) "
            + "VALUES (@report_id, @target_id, @value, @numerator, @denominator, @done_on)",
            [("report_id", DbType.Int32), ("target_id", DbType.Int32), ("value", DbType.Decimal), ("numerator", DbType.Decimal),
            ("denominator", DbType.Decimal), ("done_on", DbType.Date)]);
        var commands = new ProgressCommands(insertReport, updateReport, clearValues, insertValue);
        foreach (var command in new[] { insertReport, updateReport, clearValues, insertValue })
        {
            await command.PrepareAsync(ct).ConfigureAwait(false);
        }

        return commands;
    }

    private static readonly (string, DbType)[] ReportFields =
    [
        ("unit", DbType.String), ("state", DbType.String), ("progress", DbType.String), ("problems", DbType.String),
        ("next_steps", DbType.String), ("submitted_at", DbType.DateTimeOffset),
    ];

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

    /// <summary>Runs a command that returns a row count.</summary>
    /// <remarks>Microsoft.Data.Sqlite does its work synchronously and only wraps the result in a task; over a million rows
    /// the wrapping and awaiting cost seconds, so SQLite is called directly. Other providers keep asynchronous I/O.</remarks>
    public static ValueTask<int> ExecuteAsync(DbCommand command, CancellationToken ct) =>
        command is SqliteCommand ? ValueTask.FromResult(command.ExecuteNonQuery()) : new ValueTask<int>(command.ExecuteNonQueryAsync(ct));

    /// <summary>Runs a command that returns one value (an inserted row's id), as <see cref="ExecuteAsync"/> does.</summary>
    public static ValueTask<object?> ScalarAsync(DbCommand command, CancellationToken ct) =>
        command is SqliteCommand ? ValueTask.FromResult(command.ExecuteScalar()) : new ValueTask<object?>(command.ExecuteScalarAsync(ct));

    public static void Set(DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    public async ValueTask DisposeAsync()
    {
        await InsertReport.DisposeAsync().ConfigureAwait(false);
        await UpdateReport.DisposeAsync().ConfigureAwait(false);
        await ClearValues.DisposeAsync().ConfigureAwait(false);
        await InsertValue.DisposeAsync().ConfigureAwait(false);
    }
}
