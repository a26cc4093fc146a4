using Luoshi.Indicators.Water;
using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Water;

/// <summary>The stored samples of some sections between two days, as the GB 3838 rules take them.</summary>
internal static class WaterSampleRead
{
    public static async Task<List<WaterSample>> ReadAsync(
        LedgerDbContext db, IReadOnlyList<WaterSectionSite> sections, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var codes = sections.ToDictionary(s => s.Id, s => s.Code);
        var ids = codes.Keys.ToList();
        var rows = await db.WaterSamples.AsNoTracking().Where(r => ids.Contains(r.SectionId) && r.Date >= from && r.Date <= to)
            .OrderBy(r => r.SectionId).ThenBy(r => r.Date).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => new WaterSample(codes[r.SectionId], r.Date, SampleItems.FromJson(r.Items)))];
    }
}
