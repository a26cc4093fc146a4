using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Registers;

/// <summary>One register's part in <see cref="RegisterImport"/>: its columns, what its rows are checked against, how a
/// row is read (by the register's parser in Luoshi.Intake), the rules across rows, and how the rows are written. An
/// instance serves one attempt: a retried transaction starts with a new one.</summary>
internal interface IRegisterImport<TRow>
{
    /// <summary>The columns the file must (or may) have.</summary>
    IReadOnlyList<Column> Columns { get; }

    /// <summary>What one row is (a village, a household), for a file with none.</summary>
    Domain.Wording.Words Row { get; }

    /// <summary>The worksheet of a workbook to read; the first when null.</summary>
    string? Sheet => null;

    /// <summary>Loads what rows are checked against, inside the import's transaction; a problem refuses the file whole
    /// (an unknown standard named with it).</summary>
    Task<Domain.Wording.Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct);

    /// <summary>True when the file was imported before: it adds nothing (what was written is not committed).</summary>
    bool AlreadyImported => false;

    /// <summary>True for the big registers (progress, households): rows are parsed on a thread of their own while this
    /// one writes (<see cref="RowPipeline"/>); <see cref="Read"/> then runs on that thread and <see cref="AddAsync"/>
    /// on this one, and the problem list is shared.</summary>
    bool Pipelined => false;

    /// <summary>Reads the current row on its own and against what <see cref="BeginAsync"/> loaded; false when it is
    /// unusable (its problems added).</summary>
    bool Read(Table table, ProblemList problems, out TRow row);

    /// <summary>Takes a row read: keeps it for the rules across rows, or streams it to the writer while the file has
    /// no problem (from the first problem on, rows are only checked).</summary>
    ValueTask AddAsync(TRow row, CancellationToken ct);

    /// <summary>Called once the file is read and closed, before the rules across rows: an import that names the file by
    /// the hash taken while reading it can find here that the file was imported before (<see cref="AlreadyImported"/>).</summary>
    Task AfterReadingAsync(LedgerDbContext db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The rules across rows and against the ledger, once every row is read; rows with problems of their
    /// own took part, so every problem of the file is listed at once.</summary>
    void CheckAll(TablePlaces places, ProblemList problems);

    /// <summary>Writes what the file holds (only called when no problem was found) and records it in the audit
    /// trail; returns the rows stored. A problem only the write finds (a change the ledger forbids) is added to
    /// <paramref name="problems"/>, and then the transaction rolls back.</summary>
    Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct);
}
