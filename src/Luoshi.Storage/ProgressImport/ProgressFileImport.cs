using Luoshi.Domain.Wording;
using Luoshi.Intake.Files;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Progress;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Imports a progress file (<see cref="ProgressFile"/>) through <see cref="RegisterImport"/> in one streamed
/// pass inside one transaction: every row checked and written as it is read (<see cref="ProgressWriter"/>); from the
/// first problem on rows are only checked, so every problem is listed, and the transaction is not committed. The same
/// file imported again into the same plan adds nothing.</summary>
internal sealed class ProgressFileImport(StoreSession session, int planId, IntakeFile file) : IRegisterImport<ProgressLine>, IAsyncDisposable
{
    private ProgressSession? _progress;
    private ProgressFile _reader = null!;
    private ProblemList _problems = null!;
    private long _rows;

    public IReadOnlyList<Column> Columns => ProgressFile.Columns;

    public bool Pipelined => true;

    public Words Row => Catalogue.Progress.Value;

    public bool AlreadyImported { get; private set; }

    public static async Task<CsvImportResult> RunAsync(StoreSession session, int planId, string path, IProgress<long>? rowsRead, CancellationToken ct)
    {
        // The file's hash is taken while its rows are read: a million rows are read from disk once.
        var file = IntakeFile.HashedFromPath(path);
        return (await RegisterImport.RunAsync<ProgressLine, ProgressFileImport>(
            session, file, _ => new ProgressFileImport(session, planId, file), rowsRead, ct).ConfigureAwait(false)).Result;
    }

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        (_progress, var problem) = await ProgressSession.OpenAsync(db, session, planId, ct).ConfigureAwait(false);
        if (_progress is not null)
        {
            _reader = new ProgressFile(_progress.Plan);
        }

        _problems = problems;
        return problem;
    }

    public bool Read(Table table, ProblemList problems, out ProgressLine row)
    {
        var read = _reader.Read(table, problems);
        row = read.GetValueOrDefault();
        return read is not null;
    }

    public ValueTask AddAsync(ProgressLine row, CancellationToken ct)
    {
        _rows++;
        if (_problems.Any)
        {
            return default;
        }

        // Most rows are added without awaiting anything (ProgressWriter.AddAsync).
        var added = _progress!.Writer.AddAsync(row, ct);
        if (!added.IsCompletedSuccessfully)
        {
            return AddedAsync(added);
        }

        Conflict(added.Result);
        return default;
    }

    private async ValueTask AddedAsync(ValueTask<Words?> added) => Conflict(await added.ConfigureAwait(false));

    private void Conflict(Words? conflict)
    {
        if (conflict is { } words)
        {
            _problems.AddFile(words);
        }
    }

    // The same file imported again into the plan adds nothing, whatever its rows would now say.
    public async Task AfterReadingAsync(LedgerDbContext db, CancellationToken ct) =>
        AlreadyImported = file.Sha256 is { } sha && await _progress!.ImportedBeforeAsync(db, sha, ct).ConfigureAwait(false);

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        await _progress!.FinishAsync(db, session, file.Name, file.Sha256!, _rows, ct).ConfigureAwait(false);
        return _rows;
    }

    public ValueTask DisposeAsync() => _progress?.DisposeAsync() ?? ValueTask.CompletedTask;
}
