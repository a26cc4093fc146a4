using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.ProgressImport;

/// <summary>The two statements a progress import runs for a report the ledger already holds as a draft: replace its
/// fields if its version is still the one read, and remove its values. New reports and all values go through the bulk
/// writer instead.</summary>
internal sealed class ProgressCommands : IAsyncDisposable
{
    private ProgressCommands(DbCommand updateReport, DbCommand clearValues) => (UpdateReport, ClearValues) = (updateReport, clearValues);

    /// <summary>Replaces a stored report's fields if its version is still the one read with the lookups.</summary>
    public DbCommand UpdateReport { get; }

    /// <summary>Removes a replaced report's values.</summary>
    public DbCommand ClearValues { get; }

    public static async Task<ProgressCommands> PrepareAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var updateReport = Command(connection, transaction,
            "UPDATE progress_reports SET unit = @unit, state = @state, progress = @progress, problems = @problems, "
            + "next_steps = @next_steps, submitted_at = @submitted_at, version = version + 1 WHERE id = @id AND version = @version",
            [("id", DbType.Int32), ("version", DbType.Int32), ("unit", DbType.String), ("state", DbType.String), ("progress", DbType.String),
            ("problems", DbType.String), ("next_steps", DbType.String), ("submitted_at", DbType.DateTimeOffset)]);
        var clearValues = Command(connection, transaction, "DELETE FROM progress_values WHERE report_id = @report_id", [("report_id", DbType.Int32)]);
        await updateReport.PrepareAsync(ct).ConfigureAwait(false);
        await clearValues.PrepareAsync(ct).ConfigureAwait(false);
        return new ProgressCommands(updateReport, clearValues);
    }

    /// <summary>Runs a command that returns a row count.</summary>
    /// <remarks>Microsoft.Data.Sqlite does its work synchronously and only wraps the result in a task, so SQLite is called
    /// directly; other providers keep asynchronous I/O.</remarks>
    public static ValueTask<int> ExecuteAsync(DbCommand command, CancellationToken ct) =>
        command is SqliteCommand ? ValueTask.FromResult(command.ExecuteNonQuery()) : new ValueTask<int>(command.ExecuteNonQueryAsync(ct));

    public static void Set(DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    public async ValueTask DisposeAsync()
    {
        await UpdateReport.DisposeAsync().ConfigureAwait(false);
        await ClearValues.DisposeAsync().ConfigureAwait(false);
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
}
