using Luoshi.Domain.Villages.Register;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Villages;

/// <summary>What the village imports of one figure per village and key share (collective income by year, sewage
/// findings by day): all rows checked, the same key twice in a file refused at its second row, then stored in one
/// transaction — a new figure inserted through the bulk writer, a changed one replaced (audited <c>action.update</c>
/// with before and after), an equal one left, never doubled; the file audited <c>action.import</c> with the counts.</summary>
/// <param name="session">The unit of work's session (its actor and day).</param>
/// <param name="file">The file, named in the audit trail.</param>
/// <param name="action">The audit action's prefix: <c>income</c>, <c>sewage</c>.</param>
/// <param name="columns">The register's columns (its parser's).</param>
/// <param name="row">What one row is, for a file with none.</param>
internal abstract class VillageFigureImport<TKey, TValue>(StoreSession session, VillageFile file, string action, IReadOnlyList<Column> columns, Words row)
    : IRegisterImport<(int Row, string Code, TValue Value)>
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, (int Row, string Code, TValue Value)> _figures = [];
    private Func<Table, ProblemList, (string Code, TValue Value)?> _read = null!;

    public IReadOnlyList<Column> Columns => columns;

    public Words Row => row;

    /// <summary>The session, for what the import's reader needs of it (its day).</summary>
    protected StoreSession Session => session;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _read = ReaderOf(await VillageLookup.LoadAsync(db, ct).ConfigureAwait(false));
        return null;
    }

    public bool Read(Table table, ProblemList problems, out (int Row, string Code, TValue Value) figureRow)
    {
        figureRow = default;
        if (_read(table, problems) is not { } figure)
        {
            return false;
        }

        if (_figures.TryGetValue(KeyOf(figure.Value), out var first))
        {
            problems.Add(table.Place(1), Twice(figure.Code, figure.Value, table.Places.RowName(first.Row)));
            return false;
        }

        figureRow = (table.Number, figure.Code, figure.Value);
        return true;
    }

    public ValueTask AddAsync((int Row, string Code, TValue Value) figureRow, CancellationToken ct)
    {
        if (figureRow.Value is { } value)
        {
            _figures[KeyOf(value)] = figureRow;
        }

        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var stored = await StoredAsync(db, _figures.Keys, ct).ConfigureAwait(false);
        var created = new List<TValue>();
        var (updated, unchanged) = (0, 0);
        foreach (var (key, (_, code, value)) in _figures)
        {
            if (!stored.TryGetValue(key, out var old))
            {
                created.Add(value);
                continue;
            }

            var (before, after) = (Snapshot(old), Snapshot(value));
            if (Equals(before, after))
            {
                unchanged++;
                continue;
            }

            Replace(db, old, value);
            updated++;
            VillageAudit.Changed(db, session, action + ".update", code, AuditLog.ToJson(before)!, AuditLog.ToJson(after)!);
        }

        VillageAudit.FileImported(db, session, action + ".import", file, created.Count, updated, unchanged);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await InsertAsync(db, created, ct).ConfigureAwait(false);
        return _figures.Count;
    }

    /// <summary>Runs <paramref name="create"/>'s import of the file through <see cref="RegisterImport"/>.</summary>
    protected static async Task<CsvImportResult> RunAsync<TImport>(StoreSession session, VillageFile file, Func<TImport> create, CancellationToken ct)
        where TImport : VillageFigureImport<TKey, TValue>
    {
        ArgumentNullException.ThrowIfNull(file);
        return (await RegisterImport.RunAsync<(int, string, TValue), TImport>(session, file.ToIntake(), _ => create(), null, ct).ConfigureAwait(false)).Result;
    }

    /// <summary>The register's parser over the ledger's <paramref name="villages"/>: the current row's village code and
    /// figure, or null with its problems.</summary>
    protected abstract Func<Table, ProblemList, (string Code, TValue Value)?> ReaderOf(VillageNames villages);

    /// <summary>The key one figure per village is kept by.</summary>
    protected abstract TKey KeyOf(TValue value);

    /// <summary>The refusal of a second figure of the same key in the file.</summary>
    protected abstract Words Twice(string code, TValue value, Words firstRow);

    /// <summary>The stored figures the file's may replace, by key.</summary>
    protected abstract Task<Dictionary<TKey, TValue>> StoredAsync(LedgerDbContext db, IReadOnlyCollection<TKey> keys, CancellationToken ct);

    /// <summary>What the audit trail keeps of a figure, a record: equal snapshots (by value, so 12.5 and 12.50 万元 are
    /// the same) leave the stored figure as it is.</summary>
    protected abstract object Snapshot(TValue value);

    /// <summary>Replaces the stored <paramref name="old"/> by <paramref name="value"/>.</summary>
    protected abstract void Replace(LedgerDbContext db, TValue old, TValue value);

    /// <summary>Inserts the new figures through the bulk writer.</summary>
    protected abstract Task InsertAsync(LedgerDbContext db, IReadOnlyList<TValue> created, CancellationToken ct);
}
