using Luoshi.Domain.Monitoring;
using Luoshi.Intake.Files;
using Luoshi.Intake.Registers.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Sections;

/// <summary>Imports a sections file (<see cref="SectionsFile"/>): every line and the rules across lines
/// (<see cref="SiteRules"/>) checked first, and only a file without any problem is stored, as inserts and updates by
/// code in one audited transaction.</summary>
internal static class SectionImport
{
    public static async Task<CsvImportResult> RunAsync(StoreSession session, string path, CancellationToken ct)
    {
        var (rows, problems) = SectionsFile.Read(IntakeFile.FromPath(path));
        if (problems.Any)
        {
            return new CsvImportResult(0, problems.ToList());
        }

        return await session.WriteAsync(
            async (db, token) =>
            {
                var stored = await db.WaterSections.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, token).ConfigureAwait(false);
                var rules = SiteRules.Check([.. rows.Select(r => r.Site)], stored.Keys, "section", r => Domain.Wording.Catalogue.Registers.RowName(r, false));
                if (rules.Count > 0)
                {
                    return new CsvImportResult(0, [.. rules.Select(p =>
                        new Domain.Wording.Problem(p.Message, new Domain.Wording.Place(problems.File, Line: p.Row, Column: p.Column)))]);
                }

                RegisterChanges.Apply(db, session, MonitoringAudit.Section, rows, stored, r => r.Site.Code,
                    r => Update(r, new WaterSectionSite { Code = r.Site.Code, Name = r.Section.Name }), (r, s) => Update(r, s),
                    s => new { s.Code, s.Name, Body = s.Body.ToString(), TargetClass = s.TargetClass.ToString(), s.Level, s.Sets });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return new CsvImportResult(rows.Count, []);
            },
            result => result.Succeeded,
            ct).ConfigureAwait(false);
    }

    private static WaterSectionSite Update(SectionLine row, WaterSectionSite section)
    {
        (section.Name, section.Body, section.TargetClass, section.Level, section.Sets) =
            (row.Section.Name, row.Section.Body, row.Section.Target, row.Level, [.. row.Site.Sets]);
        return section;
    }
}
