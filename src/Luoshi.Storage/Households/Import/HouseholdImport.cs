using Luoshi.Domain.Households;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Files;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Registers.Households;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.Households.Import;

/// <summary>Imports a household file (CSV or .xlsx, <see cref="HouseholdFile"/>) through <see cref="RegisterImport"/> in
/// one streamed pass inside one transaction: every row checked on its own, against the file's other rows
/// (<see cref="HouseholdDuplicates"/>) and against the register, and written as it is read; from the first problem on
/// rows are only checked, so that every problem is listed, and the transaction is rolled back. The file is recorded
/// once in the audit trail with its counts.</summary>
internal sealed class HouseholdImport(StoreSession session, string file) : IRegisterImport<HouseholdLine>, IAsyncDisposable
{
    private RegisterLookups _lookups = null!;
    private HouseholdFile _reader = null!;
    private HouseholdDuplicates _duplicates = null!;
    private BulkWriter? _bulk;
    private HouseholdCommands? _commands;
    private HouseholdWriter _writer = null!;
    private ProblemList _problems = null!;
    private long _rows;

    public IReadOnlyList<Column> Columns => HouseholdFile.Columns;

    public bool Pipelined => true;

    public Words Row => Catalogue.Households.Household;

    public static async Task<HouseholdImportResult> RunAsync(StoreSession session, string path, IProgress<long>? rowsRead, CancellationToken ct)
    {
        var intake = IntakeFile.FromPath(path);
        var (result, import) = await RegisterImport.RunAsync<HouseholdLine, HouseholdImport>(
            session, intake, _ => new HouseholdImport(session, intake.Name), rowsRead, ct).ConfigureAwait(false);
        return result.Succeeded
            ? new HouseholdImportResult(result.Rows, import._writer.Created, import._writer.Updated, import._writer.Flagged, [])
            : HouseholdImportResult.Failed(result.Errors);
    }

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _problems = problems;
        _lookups = await RegisterLookups.LoadAsync(db, ct).ConfigureAwait(false);
        _reader = new HouseholdFile(_lookups.Units, DayWindow.Recorded(session.Today));
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        _bulk = await BulkWriter.OpenAsync(db, ct).ConfigureAwait(false);
        _commands = await HouseholdCommands.PrepareAsync(connection, transaction, ct).ConfigureAwait(false);
        _writer = new HouseholdWriter(new HouseholdSink(_bulk, _commands), _lookups, session.Today);
        return null;
    }

    public bool Read(Table table, ProblemList problems, out HouseholdLine row)
    {
        _duplicates ??= new HouseholdDuplicates(table.Places.RowName);
        row = _reader.Read(table, problems)!;
        if (row is null)
        {
            return false;
        }

        var duplicates = _duplicates.Check(row);
        problems.AddAll(duplicates.Select(table.Places.Of));
        return duplicates.Count == 0 && InRegister(row, table, problems);
    }

    public async ValueTask AddAsync(HouseholdLine row, CancellationToken ct)
    {
        _rows++;
        if (!_problems.Any)
        {
            await _writer.WriteAsync(row, ct).ConfigureAwait(false);
        }
    }

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        await _writer.FlushAsync(ct).ConfigureAwait(false);
        AuditLog.Add(db, session, "household.import", HouseholdAudit.File, file, null,
            new { File = file, Rows = _rows, _writer.Created, _writer.Updated, _writer.Flagged });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return _rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (_commands is not null)
        {
            await _commands.DisposeAsync().ConfigureAwait(false);
        }

        if (_bulk is not null)
        {
            await _bulk.DisposeAsync().ConfigureAwait(false);
        }
    }

    // A number already in the register must belong to the same head: else the row would silently take another
    // household's number.
    private bool InRegister(HouseholdLine row, Table table, ProblemList problems)
    {
        if (_lookups.Numbers.TryGetValue(row.Number, out var key) && key != row.IdKey)
        {
            problems.Add(table.Places.At(row.Row, "household"),
                Catalogue.Households.NumberOfOther(row.Number, PersonalData.MaskIdentityNumber(_lookups.ByKey[key].HeadIdNumber)));
            return false;
        }

        return true;
    }
}
