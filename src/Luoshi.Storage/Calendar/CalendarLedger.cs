using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Lifecycle.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Calendar;

/// <summary>One year of the calendar as the office sees it: the notice's source, its days, and whether it is the
/// office's own file or the one shipped.</summary>
public sealed record CalendarYear(HolidayYear Year, bool Imported, string FileName);

/// <summary>The outcome of importing a holiday file: the year stored, or every problem of the file (nothing stored).</summary>
public sealed record CalendarImport(HolidayYear? Year, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when the file was read and stored.</summary>
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>The ledger's one working-day calendar (docs/lifecycle.md "Working days"): every "N 个工作日" rule — the 签收
/// limit, a 督办单's answer day, reminders — counts by it. The office replaces or adds a year from a holiday file
/// (<c>luoshi holidays import</c>, the page 工作日历); a file with a wrong line is refused whole, each wrong line named.</summary>
public sealed class CalendarLedger
{
    private readonly StoreSession _session;

    internal CalendarLedger(StoreSession session) => _session = session;

    /// <summary>The working days: the shipped notices with the office's files over them.</summary>
    public Task<WorkingDays> WorkingDaysAsync(CancellationToken ct = default) => _session.ReadAsync(CalendarStore.ReadAsync, ct);

    /// <summary>Every year the calendar holds, oldest first.</summary>
    public Task<IReadOnlyList<CalendarYear>> YearsAsync(CancellationToken ct = default) =>
        _session.ReadAsync<IReadOnlyList<CalendarYear>>(async (db, token) =>
        {
            var days = await CalendarStore.ReadAsync(db, token).ConfigureAwait(false);
            var stored = await CalendarStore.StoredAsync(db, token).ConfigureAwait(false);
            return [.. days.Years.OrderBy(y => y.Year).Select(y => new CalendarYear(
                y, stored.ContainsKey(y.Year), stored.TryGetValue(y.Year, out var name) ? name : $"{y.Year}.txt"))];
        }, ct);

    /// <summary>A year as a holiday file (the office's, or the shipped one), to edit and import again; refused when
    /// the calendar has no notice for it.</summary>
    public async Task<StoreResult<string>> ExportAsync(int year, CancellationToken ct = default)
    {
        var stored = await _session.ReadAsync((db, token) => db.HolidayYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, token), ct).ConfigureAwait(false);
        var text = stored?.Text ?? WorkingDays.ShippedText(year);
        return text is null
            ? StoreResults.Fail<string>(new Problem(Catalogue.Lifecycle.HolidayYearUnknown(year), Place.OfField("year"), ProblemKind.NotFound))
            : StoreResults.Ok(text);
    }

    /// <summary>Stores the office's holiday file for a year (a new notice, or a correction of one shipped), audited
    /// (<c>settings.holidays</c>); only the office may. A file that does not read is refused with every wrong line
    /// (file, line, field) and nothing changes.</summary>
    public Task<CalendarImport> ImportAsync(LifecycleActor actor, string fileName, string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(fileName);
        if (LifecycleLedger.OfficeOnly(actor) is { } forbidden)
        {
            return Task.FromResult(new CalendarImport(null, [forbidden]));
        }

        var (year, problems) = HolidayFile.Parse(fileName, text ?? "");
        if (problems.Count > 0)
        {
            return Task.FromResult(new CalendarImport(null, problems));
        }

        return _session.WriteAsync(
            async (db, token) =>
            {
                var row = await db.HolidayYears.SingleOrDefaultAsync(y => y.Year == year!.Year, token).ConfigureAwait(false);
                var before = row?.Text;
                row ??= db.HolidayYears.Add(new HolidayYearRow { Year = year!.Year, FileName = fileName, Text = "" }).Entity;
                (row.FileName, row.Text) = (fileName, text!);
                AuditLog.Add(db, _session, "settings.holidays", AuditEntities.Settings, "holidays/" + year!.Year, before, text);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return new CalendarImport(year, []);
            },
            r => r.Succeeded, ct);
    }
}
