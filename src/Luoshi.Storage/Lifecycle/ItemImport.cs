using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Registers;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Villages;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>Imports items from other sources (CSV or xlsx, English or Chinese headers) through <see cref="RegisterImport"/>:
/// source, title, document, leader, unit, due and year (optional, this year when empty). Every row is checked by the
/// rules of a single item (<see cref="ItemCreation.Check"/>); with any problem nothing is stored, else every item is
/// created and assigned today in one audited transaction, numbered in the file's order.</summary>
internal sealed class ItemImport(StoreSession session, VillageFile file) : IRegisterImport<ItemImport.Line>
{
    private const int Source = 0, Title = 1, Document = 2, Leader = 3, Unit = 4, Due = 5, Year = 6;

    private readonly List<Line> _rows = [];
    private UnitNames _units = null!;

    /// <summary>An item as read, with the row it came from.</summary>
    internal sealed record Line(int Row, NewItem Item, string LeadUnit);

    public IReadOnlyList<Column> Columns { get; } =
    [
        new("source", "来源"), new("title", "事项名称"), new("document", "来源文件", Required: false), new("leader", "责任领导", Required: false),
        new("unit", "牵头单位"), new("due", "办理时限"), new("year", "年度", Required: false),
    ];

    public Words Row => Catalogue.Lifecycle.NoItems;

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct) =>
        (await RegisterImport.RunAsync<Line, ItemImport>(session, file.ToIntake(), _ => new ItemImport(session, file), null, ct).ConfigureAwait(false)).Result;

    public async Task<Problem?> BeginAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        _units = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        return null;
    }

    public bool Read(Table table, ProblemList problems, out Line row)
    {
        var count = problems.Count;
        var sourceText = table.Text(Source);
        var source = ItemNumbers.Parse(sourceText.Replace("_", "", StringComparison.Ordinal));
        if (source is null)
        {
            problems.Add(table.Place(Source), Catalogue.Lifecycle.UnknownSource(sourceText));
        }

        var title = table.Line(Title, problems, 200, Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.ItemTitle));
        var document = table.Line(Document, problems, 200);
        var leader = table.Line(Leader, problems, 50);
        var unit = _units.Find(table.Text(Unit));
        if (unit is null)
        {
            problems.Add(table.Place(Unit), Catalogue.Lifecycle.UnknownUnit(table.Text(Unit)));
        }

        var due = table.Day(Due);
        if (due is null)
        {
            problems.Add(table.Place(Due), Catalogue.Values.NotADay(table.Text(Due)));
        }
        else if (due < session.Today)
        {
            problems.Add(table.Place(Due), Catalogue.Lifecycle.DueBeforeToday(due.Value, session.Today));
        }

        var year = session.Today.Year;
        if (table.Text(Year).Length > 0)
        {
            var typed = table.Count(Year, problems);
            if (typed is >= 2000 and <= 2100)
            {
                year = typed.Value;
            }
            else if (typed is not null)
            {
                problems.Add(table.Place(Year), Catalogue.Files.ExpectedFound(Catalogue.Lifecycle.AYear, table.Text(Year)));
            }
        }

        row = new Line(table.Number, new NewItem(source ?? ItemSource.Instruction, year, title, document, leader, unit ?? "", due ?? DateOnly.MinValue), unit ?? "");
        return problems.Count == count;
    }

    public ValueTask AddAsync(Line row, CancellationToken ct)
    {
        _rows.Add(row);
        return ValueTask.CompletedTask;
    }

    public void CheckAll(TablePlaces places, ProblemList problems)
    {
    }

    public async Task<long> WriteAsync(LedgerDbContext db, ProblemList problems, CancellationToken ct)
    {
        var settings = await LifecycleSettings.ReadAsync(db, ct).ConfigureAwait(false);
        var days = await LifecycleSettings.WorkingDaysAsync(db, ct).ConfigureAwait(false);
        var signDue = days.Add(session.Today, settings.SignWorkingDays);
        // Each year and source numbered by this file is held in one order, so two imports at once wait rather than deadlock.
        var last = new Dictionary<(int Year, ItemSource Source), int>();
        foreach (var (year, source) in _rows.Select(r => (r.Item.Year, r.Item.Source)).Distinct().Order())
        {
            last[(year, source)] = await ItemSequence.LastAsync(db, year, source, ct).ConfigureAwait(false);
        }

        foreach (var (_, item, unit) in _rows)
        {
            var sequence = ++last[(item.Year, item.Source)];
            var row = ItemCreation.Row(item, unit, sequence, session.Today, signDue);
            db.SupervisionItems.Add(row);
            AuditLog.Add(db, session, "item.create", AuditEntities.Item, row.Number, null, ItemRows.ToDomain(row));
        }

        VillageAudit.FileImported(db, session, "items.import", file, _rows.Count, 0, 0);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return _rows.Count;
    }
}
