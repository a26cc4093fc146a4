using System.Data.Common;
using System.Globalization;
using System.Text;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.Villages;

/// <summary>Inserts many new rows in the caller's transaction with multi-row INSERTs of 200 rows, one command reused: a
/// province's 20,000 villages through EF's change tracker took seconds per file, these take a fraction. Values are
/// bound as the providers bind EF's own (a date as yyyy-MM-dd text or date, a decimal as text or numeric), so EF reads
/// the rows back as it wrote its own.</summary>
internal static class BulkRows
{
    private const int PerCommandOnServer = 200;

    public static async Task InsertAsync(LedgerDbContext db, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var perCommand = db.Database.IsSqlite() ? 1 : PerCommandOnServer;
        DbCommand? full = null;
        var batch = new List<object?[]>(perCommand);
        try
        {
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count == perCommand)
                {
                    full ??= Prepare(connection, transaction, table, columns, perCommand);
                    await RunAsync(full, batch, ct).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await using var last = Prepare(connection, transaction, table, columns, batch.Count);
                await RunAsync(last, batch, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }

            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task RunAsync(DbCommand command, List<object?[]> batch, CancellationToken ct)
    {
        var i = 0;
        foreach (var row in batch)
        {
            foreach (var value in row)
            {
                command.Parameters[i++].Value = value ?? DBNull.Value;
            }
        }

        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction? transaction, string table, string[] columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{(r * columns.Length) + c}");
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
