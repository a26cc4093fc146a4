using Luoshi.Domain.Wording;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Imports a progress file in one streamed pass inside one transaction, checking every line and writing it
/// with prepared statements (committed only when no line has a problem), and record the file (name, rows, SHA-256) once in the audit trail.
/// The same file imported again into the same plan adds nothing.</summary>
internal static class ProgressFileImport
{
    public static async Task<CsvImportResult> RunAsync(
        StoreSession session, int planId, string path, IProgress<long>? rowsRead, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        string sha;
        try
        {
            sha = await FileHash.Sha256Async(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CsvImportResult(0, [new Problem(Catalogue.Files.CannotRead(e.Message), Place.OfFile(file))]);
        }

        return await ProgressTransaction.RunAsync(session, planId, file, sha, async (lookups, commands, values, token) =>
        {
            var (rows, reports, errors) = await ProgressWrite.RunAsync(path, lookups, commands, values, session.Now, rowsRead, token).ConfigureAwait(false);
            return (rows, reports, errors.Any ? errors.ToList() : []);
        }, ct).ConfigureAwait(false);
    }
}
