using Luoshi.Domain.Villages.Tallies;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Villages.Tallies;

/// <summary>Builds the summary by town: the facts read once, one pass over the villages, the region as the towns' sum.</summary>
internal static class VillageSummaryQuery
{
    public static async Task<VillageSummary> RunAsync(LedgerDbContext db, int year, DateOnly asOf, string? town, CancellationToken ct)
    {
        var data = await VillageData.LoadAsync(db, ct).ConfigureAwait(false);
        var threshold = data.ThresholdOf(year);
        var tiers = data.Facts.TierNames;
        var byTown = data.Facts.TallyByTown(asOf, year, threshold);
        var names = data.Areas.ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        var region = new VillageTally();
        var rows = new List<VillageSummaryRow>();
        foreach (var (code, tally) in byTown.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (town is not null && code != town)
            {
                continue;
            }

            region.Add(tally);
            rows.Add(Row(code, names.GetValueOrDefault(code, code), tally, tiers));
        }

        return new VillageSummary(year, asOf, threshold, tiers, rows, Row("", town is null ? "全域" : "合计", region, tiers));
    }

    private static VillageSummaryRow Row(string code, string name, VillageTally t, IReadOnlyList<string> tiers) =>
        new(code, name, t.Villages, t.Assessed, [.. tiers.Select(t.AtOrAbove)], t.WithFacility, t.Operating,
            t.Income, t.IncomeReported, t.UnderThreshold, t.IncomeLastYear, t.IncomeReportedLastYear);
}
