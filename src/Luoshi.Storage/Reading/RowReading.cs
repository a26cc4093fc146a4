using System.Data.Common;
using Luoshi.Storage.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.Reading;

/// <summary>Runs a plain SQL query on a context's connection and hands each row to a callback, synchronously where the
/// provider is synchronous anyway.</summary>
/// <remarks>Microsoft.Data.Sqlite answers every ReadAsync synchronously and wraps it in a task: for the 400,000 values of
/// a province's year the awaits alone cost a third of the evaluation. PostgreSQL keeps real asynchronous reads.</remarks>
internal static class RowReading
{
    /// <summary>Runs <paramref name="sql"/>, with <c>@plan</c> bound to <paramref name="planId"/> when one is given.</summary>
    public static Task ForEachAsync(LedgerDbContext db, string sql, int? planId, Action<DbDataReader> row, CancellationToken ct) =>
        ForEachAsync(db, sql, planId is { } id ? [("plan", id)] : [], row, ct);

    /// <summary>True when <paramref name="sql"/> gives a row, its parameters bound by name.</summary>
    public static async Task<bool> AnyAsync(LedgerDbContext db, string sql, (string Name, object Value)[] parameters, CancellationToken ct)
    {
        var any = false;
        await ForEachAsync(db, sql, parameters, _ => any = true, ct).ConfigureAwait(false);
        return any;
    }

    /// <summary>Runs <paramref name="sql"/> with its parameters bound by name.</summary>
    public static async Task ForEachAsync(LedgerDbContext db, string sql, (string Name, object Value)[] parameters, Action<DbDataReader> row, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                // Inside a unit of work the command joins its transaction (SQLite requires it).
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                foreach (var (name, value) in parameters)
                {
                    var parameter = command.CreateParameter();
                    (parameter.ParameterName, parameter.Value) = (name, value);
                    command.Parameters.Add(parameter);
                }

                await ReadAsync(command, row, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task ReadAsync(DbCommand command, Action<DbDataReader> row, CancellationToken ct)
    {
        var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            if (reader is SqliteDataReader sqlite)
            {
                while (sqlite.Read())
                {
                    row(sqlite);
                }

                return;
            }

            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                row(reader);
            }
        }
    }
}
