using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Luoshi.Storage.Evaluation;

/// <summary>Reads the rows of a query one by one, synchronously where the provider is synchronous anyway.</summary>
/// <remarks>Microsoft.Data.Sqlite answers every ReadAsync synchronously and wraps it in a task: for the 400,000 values of
/// a province's year the awaits alone cost a third of the evaluation. PostgreSQL keeps real asynchronous reads.</remarks>
internal static class RowReading
{
    public static async Task ForEachAsync(DbCommand command, Action<DbDataReader> row, CancellationToken ct)
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
