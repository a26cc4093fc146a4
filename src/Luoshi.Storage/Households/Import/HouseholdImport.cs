using Luoshi.Domain.Households;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Csv;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.Households.Import;

/// <summary>Imports a household file in one streamed pass inside one transaction: every row is checked (on its own,
/// against the file's other rows and against the register) and written with prepared statements; from the first
/// problem on rows are only checked, so that every problem is listed, and the transaction is rolled back. The file
/// is recorded once in the audit trail with its counts.</summary>
internal static class HouseholdImport
{
    public static Task<HouseholdImportResult> RunAsync(
        StoreSession session, Func<HouseholdTable> open, IProgress<long>? rowsRead, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                // Opened inside the unit of work: PostgreSQL's retry runs it again from the file's start.
                using var table = open();
                if (table.Problem is { } problem)
                {
                    return HouseholdImportResult.Failed([problem]);
                }

                var lookups = await RegisterLookups.LoadAsync(db, token).ConfigureAwait(false);
                var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
                var connection = db.Database.GetDbConnection();
                await CacheAsync(connection, transaction, token).ConfigureAwait(false);
                var sink = await HouseholdSink.ForAsync(connection, transaction, token).ConfigureAwait(false);
                await using (sink.ConfigureAwait(false))
                {
                    var writer = new HouseholdWriter(sink, lookups, session.Today);
                    var (rows, errors) = await ReadAsync(table, lookups, writer, rowsRead, token).ConfigureAwait(false);
                    if (!errors.Any)
                    {
                        await sink.FlushAsync(token).ConfigureAwait(false);
                    }

                    if (errors.Any)
                    {
                        return HouseholdImportResult.Failed(errors.ToList());
                    }

                    var result = new HouseholdImportResult(rows, writer.Created, writer.Updated, writer.Flagged, []);
                    AuditLog.Add(db, session, "household.import", HouseholdAudit.File, table.File, null,
                        new { table.File, result.Rows, result.Created, result.Updated, result.Flagged });
                    await db.SaveChangesAsync(token).ConfigureAwait(false);
                    return result;
                }
            },
            result => result.Succeeded,
            ct);

    // SQLite's default page cache (2 MB) is far smaller than the indexes two million households touch in one
    // transaction: every spilled page would be written to the journal again and again. 256 MB for this connection.
    private static async Task CacheAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, CancellationToken ct)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
        {
            await using var pragma = connection.CreateCommand();
            pragma.Transaction = transaction;
            pragma.CommandText = "PRAGMA cache_size = -262144";
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static async Task<(long Rows, CsvErrors Errors)> ReadAsync(
        HouseholdTable table, RegisterLookups lookups, HouseholdWriter writer, IProgress<long>? rowsRead, CancellationToken ct)
    {
        var errors = new CsvErrors(table.File);
        var reader = new HouseholdLineReader(lookups.Units, errors);
        var duplicates = new FileDuplicates();
        long rows = 0;
        foreach (var (line, cells, malformed) in table.Rows(ct))
        {
            if (++rows % 65536 == 0)
            {
                ct.ThrowIfCancellationRequested();
                rowsRead?.Report(rows);
            }

            if (cells is null)
            {
                errors.Add(line, "-", malformed!.Value);
                continue;
            }

            if (reader.Read(line, cells) is not { } row || !duplicates.Check(row, errors) || !InRegister(row, lookups, errors) || errors.Any)
            {
                continue;
            }

            await writer.WriteAsync(row, ct).ConfigureAwait(false);
        }

        rowsRead?.Report(rows);
        if (rows == 0 && !errors.Any)
        {
            errors.Add(1, "-", Catalogue.Households.NoHouseholds);
        }

        return (rows, errors);
    }

    // A number already in the register must belong to the same head: else the row would silently take another
    // household's number.
    private static bool InRegister(HouseholdLine row, RegisterLookups lookups, CsvErrors errors)
    {
        if (lookups.Numbers.TryGetValue(row.Number, out var key) && key != row.IdKey)
        {
            errors.Add(row.Line, "household", Catalogue.Households.NumberTaken(row.Number, PersonalData.MaskIdentityNumber(lookups.ByKey[key].HeadIdNumber)));
            return false;
        }

        return true;
    }
}
