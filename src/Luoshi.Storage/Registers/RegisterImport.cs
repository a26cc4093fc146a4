using Luoshi.Domain.Wording;
using Luoshi.Intake.Files;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Storage.Registers;

/// <summary>The one way a register file gets into the ledger (units, stations, villages, standards, assessments,
/// sewage, income, households, progress): the file read by Luoshi.Intake, every row parsed and checked with every
/// problem placed, the rules across rows and against the ledger, then everything written in one transaction — or,
/// with any problem, nothing at all.</summary>
internal static class RegisterImport
{
    /// <summary>How often a long import reports the rows read so far.</summary>
    public const int ProgressEvery = 65536;

    /// <summary>Imports <paramref name="file"/> with a fresh <paramref name="create"/>d import per attempt; returns the
    /// outcome and the import that produced it (its own counts).</summary>
    public static async Task<(CsvImportResult Result, T Import)> RunAsync<TRow, T>(
        StoreSession session, IntakeFile file, Func<ProblemList, T> create, IProgress<long>? rowsRead, CancellationToken ct)
        where T : IRegisterImport<TRow>
    {
        T import = default!;
        var result = await session.WriteAsync(
            async (db, token) =>
            {
                var problems = new ProblemList(file.Name);
                import = create(problems);
                return await RunOnceAsync<TRow, T>(db, file, import, problems, rowsRead, token).ConfigureAwait(false);
            },
            r => r.Succeeded && !import.AlreadyImported,
            ct).ConfigureAwait(false);
        return (result, import);
    }

    private static async Task<CsvImportResult> RunOnceAsync<TRow, T>(
        Schema.LedgerDbContext db, IntakeFile file, T import, ProblemList problems, IProgress<long>? rowsRead, CancellationToken ct)
        where T : IRegisterImport<TRow>
    {
        try
        {
            return await ReadAndWriteAsync<TRow, T>(db, file, import, problems, rowsRead, ct).ConfigureAwait(false);
        }
        finally
        {
            if (import is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<CsvImportResult> ReadAndWriteAsync<TRow, T>(
        Schema.LedgerDbContext db, IntakeFile file, T import, ProblemList problems, IProgress<long>? rowsRead, CancellationToken ct)
        where T : IRegisterImport<TRow>
    {
        if (await import.BeginAsync(db, problems, ct).ConfigureAwait(false) is { } refused)
        {
            return Refused([refused]);
        }

        if (import.AlreadyImported)
        {
            return new CsvImportResult(0, []);
        }

        var (table, unreadable) = TableFiles.Open(file, import.Columns, import.Sheet);
        if (table is null)
        {
            return Refused([unreadable!]);
        }

        long rows;
        using (table)
        {
            rows = import.Pipelined
                ? await RowPipeline.RunAsync<TRow>(table, problems, t => (import.Read(t, problems, out var row), row), r => import.AddAsync(r, ct), rowsRead, ct)
                    .ConfigureAwait(false)
                : await ReadAsync<TRow, T>(table, import, problems, rowsRead, ct).ConfigureAwait(false);
            if (table.Failure is { } failure)
            {
                problems.Add(failure);
            }
        }

        rowsRead?.Report(rows);
        await import.AfterReadingAsync(db, ct).ConfigureAwait(false);
        if (import.AlreadyImported)
        {
            return new CsvImportResult(0, []);
        }

        if (rows == 0 && !problems.Any)
        {
            problems.AddFile(Catalogue.Files.NoRows(import.Row));
        }

        import.CheckAll(table.Places, problems);
        if (problems.Any)
        {
            return Refused(problems.ToList());
        }

        var stored = await import.WriteAsync(db, problems, ct).ConfigureAwait(false);
        return problems.Any ? Refused(problems.ToList()) : new CsvImportResult(stored, []);
    }

    private static async Task<long> ReadAsync<TRow, T>(Table table, T import, ProblemList problems, IProgress<long>? rowsRead, CancellationToken ct)
        where T : IRegisterImport<TRow>
    {
        long rows = 0;
        while (table.MoveNext())
        {
            if (++rows % ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                rowsRead?.Report(rows);
            }

            if (table.Malformed is { } malformed)
            {
                problems.Add(table.RowPlace, malformed);
            }
            else if (import.Read(table, problems, out var row))
            {
                await import.AddAsync(row, ct).ConfigureAwait(false);
            }
        }

        return rows;
    }

    private static CsvImportResult Refused(IReadOnlyList<Problem> problems) => new(0, problems);
}
