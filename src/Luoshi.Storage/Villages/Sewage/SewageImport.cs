using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Villages.Files;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Villages.Sewage;

/// <summary>Imports sewage findings (village, day, facility, operating): all checked, then stored by village and day
/// in one transaction, a finding of the same day replaced, never doubled.</summary>
internal static class SewageImport
{
    private const int Village = 0, Day = 1, Facility = 2, Operating = 3, Note = 4;

    private static readonly RegisterColumn[] Columns =
    [
        new("village", "村"), new("as_of", "日期"), new("facility", "设施"), new("operating", "运行"), new("note", "备注", Required: false),
    ];

    public static async Task<CsvImportResult> RunAsync(StoreSession session, VillageFile file, CancellationToken ct)
    {
        var (table, readErrors) = RegisterFiles.Read(file, Columns);
        if (table is null)
        {
            return new CsvImportResult(0, readErrors);
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var problems = new RegisterProblems(table);
                problems.AddAll(readErrors);
                var villages = await VillageLookup.LoadAsync(db, token).ConfigureAwait(false);
                var findings = new Dictionary<(int, DateOnly), (RegisterRow Row, string Code, SewageStatus Status)>();
                foreach (var row in table.Rows)
                {
                    if (Read(row, table.IsWorkbook, villages, problems) is { } f && !findings.TryAdd((f.Status.VillageId, f.Status.AsOf), f))
                    {
                        problems.Add(row, Day, Catalogue.Villages.FindingTwice(f.Code, findings[(f.Status.VillageId, f.Status.AsOf)].Row.Number));
                    }
                }

                if (table.Rows.Count == 0)
                {
                    problems.AddFile(Catalogue.Villages.NoRows(Catalogue.Villages.AFinding));
                }

                if (problems.Any)
                {
                    return new CsvImportResult(0, problems.ToList());
                }

                var stored = await db.SewageStatuses.AsNoTracking().ToDictionaryAsync(s => (s.VillageId, s.AsOf), token).ConfigureAwait(false);
                var created = new List<SewageStatus>();
                var (updated, unchanged) = (0, 0);
                foreach (var (key, (_, code, status)) in findings)
                {
                    if (!stored.TryGetValue(key, out var old))
                    {
                        created.Add(status);
                        continue;
                    }

                    var before = AuditLog.ToJson(Snapshot.Of(old));
                    var after = AuditLog.ToJson(Snapshot.Of(status));
                    if (before == after)
                    {
                        unchanged++;
                        continue;
                    }

                    status.Id = old.Id;
                    db.SewageStatuses.Update(status);
                    updated++;
                    VillageAudit.Changed(db, session, "sewage.update", code, before!, after!);
                }

                VillageAudit.FileImported(db, session, "sewage.import", file, created.Count, updated, unchanged);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                await BulkRows.InsertAsync(db, "sewage_statuses", ["village_id", "as_of", "has_facility", "operating", "note"],
                    created.Select(s => new object?[] { s.VillageId, s.AsOf, s.HasFacility, s.Operating, s.Note }), token).ConfigureAwait(false);
                return new CsvImportResult(findings.Count, []);
            },
            r => r.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static (RegisterRow Row, string Code, SewageStatus Status)? Read(RegisterRow row, bool workbook, VillageLookup villages, RegisterProblems problems)
    {
        var c = row.Cells;
        var village = villages.Find(c[Village]);
        var day = FieldText.Day(c[Day], workbook);
        var facility = FieldText.Bool(c[Facility]);
        var operating = FieldText.Bool(c[Operating]);
        if (village is null)
        {
            problems.Add(row, Village, Catalogue.Villages.UnknownVillage(c[Village]));
        }

        if (day is null)
        {
            problems.Add(row, Day, Catalogue.Villages.FindingDay(c[Day]));
        }

        if (facility is null)
        {
            problems.Add(row, Facility, Catalogue.Villages.HasFacility(c[Facility]));
        }

        if (operating is null)
        {
            problems.Add(row, Operating, Catalogue.Villages.Operates(c[Operating]));
        }
        else if (operating == true && facility == false)
        {
            problems.Add(row, Operating, Catalogue.Villages.OperatingWithout);
            operating = null;
        }

        return village is { } v && day is { } d && facility is { } f && operating is { } o
            ? (row, v.Code, new SewageStatus { VillageId = v.Id, AsOf = d, HasFacility = f, Operating = o, Note = c[Note].Length == 0 ? null : c[Note] })
            : null;
    }

    private sealed record Snapshot(DateOnly AsOf, bool HasFacility, bool Operating, string? Note)
    {
        public static Snapshot Of(SewageStatus s) => new(s.AsOf, s.HasFacility, s.Operating, s.Note);
    }
}
