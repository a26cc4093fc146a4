using System.Globalization;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Water;
using Luoshi.Monitoring.Water;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Monitoring.Water;

/// <summary>Ingests a water-sample file (section,date,item codes) in one transaction: the reader's rules check every
/// line against the ledger's sections; a file with any error stores nothing; a good one adds new samples and replaces
/// changed ones (listed), recorded once in the audit trail. The same file again adds nothing.</summary>
/// <remarks>A section takes a sample or a few a month, so even years of samples are thousands of rows: the change
/// tracker writes them, which keeps one code path for both databases.</remarks>
internal static class WaterIngest
{
    public static Task<IngestResult> RunAsync(StoreSession session, IngestSource source, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                if (await db.AuditEntries.AnyAsync(a => a.Entity == MonitoringAudit.WaterData && a.EntityKey == source.Sha256, token).ConfigureAwait(false))
                {
                    return IngestResult.Again(source.Name);
                }

                var sections = await db.WaterSections.AsNoTracking().ToListAsync(token).ConfigureAwait(false);
                var read = WaterSampleFile.Read(source.Path, [.. sections.Select(s => s.ToRule())], DayWindow.Recorded(session.Today));
                var errors = read.Succeeded ? SampleDuplicates.Find(source, read.Rows)
                    : IngestErrors.Of(source.Name, read.Errors, e => new Problem(Message(e), e.Place is { } p ? source.Place(p) : Place.OfFile(source.Name)));
                if (errors.Count > 0)
                {
                    return IngestResult.Failed(source.Name, read.Rows.Count, errors);
                }

                var ids = sections.ToDictionary(s => s.Code, s => s.Id, StringComparer.Ordinal);
                var (inserted, corrected, listed) = await MergeAsync(db, read.Rows, ids, token).ConfigureAwait(false);
                var result = new IngestResult(source.Name, read.Rows.Count, inserted, corrected.Count, read.Rows.Count - inserted - corrected.Count,
                    Lacking(read.Rows), Day(read.Rows.Min(s => s.Date)), Day(read.Rows.Max(s => s.Date)), false, []);
                AuditLog.Add(db, session, "water.ingest", MonitoringAudit.WaterData, source.Sha256, null, new
                {
                    File = source.Name,
                    result.Rows,
                    result.Inserted,
                    result.Corrected,
                    result.Unchanged,
                    Lacking = result.Missing,
                    From = result.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    To = result.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Corrections = listed,
                    Sha256 = source.Sha256,
                });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return result;
            },
            result => result.Succeeded && !result.AlreadyIngested,
            ct);

    private static async Task<(long Inserted, List<WaterCorrection> Corrected, List<WaterCorrection> Listed)> MergeAsync(
        LedgerDbContext db, IReadOnlyList<WaterSample> samples, Dictionary<string, int> ids, CancellationToken ct)
    {
        var sectionIds = samples.Select(s => ids[s.Section]).Distinct().ToList();
        var (from, to) = (samples.Min(s => s.Date), samples.Max(s => s.Date));
        var stored = await db.WaterSamples.Where(r => sectionIds.Contains(r.SectionId) && r.Date >= from && r.Date <= to)
            .ToDictionaryAsync(r => (r.SectionId, r.Date), ct).ConfigureAwait(false);
        long inserted = 0;
        var corrected = new List<WaterCorrection>();
        foreach (var sample in samples)
        {
            var json = SampleItems.ToJson(sample.Values);
            if (!stored.TryGetValue((ids[sample.Section], sample.Date), out var row))
            {
                db.WaterSamples.Add(new WaterSampleRow { SectionId = ids[sample.Section], Date = sample.Date, Items = json });
                inserted++;
            }
            else if (SampleItems.FromJson(row.Items) is var before && !SampleItems.Same(before, sample.Values))
            {
                corrected.Add(new WaterCorrection(sample.Section, sample.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    SampleItems.ByCode(before), SampleItems.ByCode(sample.Values)));
                row.Items = json;
            }
        }

        return (inserted, corrected, [.. corrected.Take(AirMerge.Listed)]);
    }

    // The reader names the sections file; here the sections are the ledger's.
    private static Words Message(WaterFileError error) => new(
        error.Message.Zh.Replace("应为断面文件中的断面", "应为账本中的断面（luoshi sections list）", StringComparison.Ordinal),
        error.Message.En.Replace("expected a section of the sections file", "expected a section of the ledger (luoshi sections list)", StringComparison.Ordinal));

    /// <summary>For each item measured in some sample, how many samples lack it.</summary>
    private static Dictionary<string, long> Lacking(IReadOnlyList<WaterSample> samples) =>
        samples.SelectMany(s => s.Values.Keys).Distinct().Order()
            .ToDictionary(WaterItemCodes.Of, item => (long)samples.Count(s => !s.Values.ContainsKey(item)));

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
}
