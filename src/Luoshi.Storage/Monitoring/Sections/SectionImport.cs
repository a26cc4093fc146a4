using Luoshi.Storage.Csv;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Sections;

/// <summary>Imports a sections file: everything is checked first, and only a file without any error is stored, as
/// inserts and updates by code in one audited transaction.</summary>
internal static class SectionImport
{
    public static async Task<CsvImportResult> RunAsync(StoreSession session, string path, CancellationToken ct)
    {
        var (rows, errors) = SectionsCsv.Read(path, ct);
        if (rows.Count == 0 && errors.Any)
        {
            return new CsvImportResult(0, errors.ToList());
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var stored = await db.WaterSections.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, token).ConfigureAwait(false);
                var check = new CsvErrors(Path.GetFileName(path));
                check.AddAll(errors.ToList());
                RegisterRules.Check([.. rows.Select(r => (r.Line, r.Code, r.Sets))], stored.Keys, "section", check);
                if (check.Any)
                {
                    return new CsvImportResult(0, check.ToList());
                }

                RegisterChanges.Apply(db, session, MonitoringAudit.Section, rows, stored, r => r.Code,
                    r => Update(r, new WaterSectionSite { Code = r.Code, Name = r.Name }), (r, s) => Update(r, s),
                    s => new { s.Code, s.Name, Body = s.Body.ToString(), TargetClass = s.TargetClass.ToString(), s.Level, s.Sets });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return new CsvImportResult(rows.Count, []);
            },
            result => result.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static WaterSectionSite Update(SectionRow row, WaterSectionSite section)
    {
        (section.Name, section.Body, section.TargetClass, section.Level, section.Sets) =
            (row.Name, row.Body, row.TargetClass, row.Level, row.Sets);
        return section;
    }
}
