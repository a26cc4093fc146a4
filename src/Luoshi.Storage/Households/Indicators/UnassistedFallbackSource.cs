using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Units;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Households.Warnings;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Households.Indicators;

/// <summary><c>households.unassisted-fallback:&lt;code&gt;</c>, the bottom line 坚决守住不发生规模性返贫底线 read from the
/// register: an event is a household of the area whose per-capita net income is under its year's line and that is
/// not identified and assisted. Each period counts, as of its end (the current one as of the evaluation day), the
/// households uncovered then that no earlier period counted, so that the target's sum is the number of households
/// that fell back without help this year; the note names the villages of those uncovered now.</summary>
internal sealed class UnassistedFallbackSource : IIndicatorSource
{
    public const string Name = "households.unassisted-fallback";

    public IndicatorInfo Info { get; } = new(
        Name, "返贫未及时识别帮扶户数", "households fallen back under the income line without identification and assistance", "户", ValueNature.Increments,
        "region (every village), or the code of the city, a town or subdistrict, or a village (e.g. 441284)",
        Keywords: ["返贫"], DefaultScope: Region);

    /// <summary>Every village of the ledger, as the village indicators name it.</summary>
    private const string Region = "region";

    public async Task<Words?> CheckScopeAsync(LedgerDbContext db, string scope, CancellationToken ct)
    {
        if (scope == Region)
        {
            return null;
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == scope, ct).ConfigureAwait(false);
        return unit is null ? Catalogue.Ledger.NoAreaUnit(scope)
            : unit.Kind == OrgUnitKind.Department ? Catalogue.Ledger.DepartmentNotArea(scope)
            : null;
    }

    public async Task<IndicatorSeries> ReadAsync(LedgerDbContext db, string scope, ReportingCalendar calendar, DateOnly asOf, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var villages = VillagesUnder(units, scope);
        var below = (await BelowLine.ReadAsync(db, ct).ConfigureAwait(false)).Where(r => villages.Contains(r.VillageCode)).ToList();
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<Observation>();
        foreach (var period in calendar.Periods)
        {
            if (period.Start > asOf)
            {
                break;
            }

            var day = period.End < asOf ? period.End : asOf;
            var added = below.Count(r => r.IsUncovered(day) && counted.Add(r.Number));
            values.Add(new Observation(period.Number, added));
        }

        var names = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var now = below.Where(r => r.IsUncovered(asOf)).GroupBy(r => r.VillageCode)
            .Select(g => (Name: names.GetValueOrDefault(g.Key, g.Key), Count: g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Name, StringComparer.Ordinal).ToList();
        return new IndicatorSeries(values, new Words(NoteZh(now, below.Count, asOf), Note(now, below.Count, asOf)));
    }

    private static HashSet<string> VillagesUnder(List<OrgUnit> units, string scope)
    {
        var under = new HashSet<string>(StringComparer.Ordinal) { scope };
        // The hierarchy has three levels: one pass for the towns under the city, one for their villages.
        for (var level = 0; level < 2; level++)
        {
            foreach (var unit in units.Where(u => u.ParentCode is { } p && under.Contains(p)))
            {
                under.Add(unit.Code);
            }
        }

        return [.. units.Where(u => u.Kind == OrgUnitKind.Village && (scope == Region || under.Contains(u.Code))).Select(u => u.Code)];
    }

    // A province may have thousands of villages with a case: the note names the ten with the most, then how many more.
    private const int Named = 10;

    private static string Note(List<(string Name, int Count)> now, int below, DateOnly asOf) => now.Count == 0
        ? $"as of {asOf:yyyy-MM-dd} no household under the income line is left without identification and assistance ({below} under the line)"
        : $"as of {asOf:yyyy-MM-dd} {now.Sum(v => v.Count)} household(s) under the income line not identified and assisted: "
            + string.Join(", ", now.Take(Named).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Name} {v.Count}")))
            + (now.Count > Named ? $" and {now.Count - Named} more village(s)" : "");

    private static string NoteZh(List<(string Name, int Count)> now, int below, DateOnly asOf) => now.Count == 0
        ? $"截至{asOf:yyyy-MM-dd}，低于监测收入标准的{below}户均已识别并落实帮扶"
        : $"截至{asOf:yyyy-MM-dd}，{now.Sum(v => v.Count)}户低于监测收入标准未识别帮扶："
            + string.Join("、", now.Take(Named).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Name}{v.Count}户")))
            + (now.Count > Named ? $"等{now.Count}个村" : "");
}
