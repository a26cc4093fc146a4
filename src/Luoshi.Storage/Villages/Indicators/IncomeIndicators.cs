using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Villages.Tallies;
using Luoshi.Storage.Indicators;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Villages.Indicators;

/// <summary><c>villages.collective-income:AREA</c>: total collective operating income of the plan's year, 万元, over
/// the villages with a figure; for a direction target (提高…集体经济经营性收入) whose baseline is last year's total.</summary>
internal sealed class CollectiveIncomeIndicator : VillageIndicator
{
    public override IndicatorInfo Info { get; } = new(
        "villages.collective-income", "村级集体经济经营性收入合计", "total village collective operating income", "万元", ValueNature.Level,
        "an area: region, or the city, a town or subdistrict by code or name (villages.collective-income:region)",
        Keywords: ["集体经济经营性收入", "集体经济收入"], DefaultScope: "region");

    protected override Observation? Observe(int period, string subject, VillageTally tally, decimal? threshold) =>
        tally.IncomeReported == 0 ? null : new Observation(period, tally.Income);

    protected override (string Note, string NoteZh) Describe(string subject, string area, VillageTally t, DateOnly day, int year, decimal? threshold) =>
        t.IncomeReported == 0
            ? ($"no collective income of {year} imported for {area} yet; {year - 1}: {Num(t.IncomeLastYear)} 万元 from {t.IncomeReportedLastYear} villages",
               $"{area}尚未导入{year}年集体经济经营性收入；{year - 1}年{Num(t.IncomeLastYear)}万元（{t.IncomeReportedLastYear}个村）")
            : ($"{year}: {Num(t.Income)} 万元 from {t.IncomeReported} of {t.Villages} villages of {area}; {year - 1}: {Num(t.IncomeLastYear)} 万元 from {t.IncomeReportedLastYear} (change {Signed(t.Income - t.IncomeLastYear)})",
               $"{area}{year}年{Num(t.Income)}万元（{t.Villages}个村中{t.IncomeReported}个已报）；{year - 1}年{Num(t.IncomeLastYear)}万元（{t.IncomeReportedLastYear}个村），增减{Signed(t.Income - t.IncomeLastYear)}");

    private static string Signed(decimal change) => (change > 0 ? "+" : "") + Num(change);
}

/// <summary><c>villages.income-under-threshold:AREA</c>: villages whose income of the plan's year is below the
/// office's line for that year (a count, for 消除集体经济收入10万元以下村 as "at most 0").</summary>
internal sealed class IncomeUnderThresholdIndicator : VillageIndicator
{
    public override IndicatorInfo Info { get; } = new(
        "villages.income-under-threshold", "集体经济经营性收入低于标准线的村数", "villages with collective income below the office's line", "个", ValueNature.Level,
        "an area: region, or the city, a town or subdistrict by code or name (villages.income-under-threshold:region)",
        Keywords: ["集体经济薄弱村", "空壳村"], DefaultScope: "region");

    protected override Observation? Observe(int period, string subject, VillageTally tally, decimal? threshold) =>
        threshold is null || tally.IncomeReported == 0 ? null : new Observation(period, tally.UnderThreshold);

    protected override (string Note, string NoteZh) Describe(string subject, string area, VillageTally t, DateOnly day, int year, decimal? threshold) =>
        threshold is not { } line
            ? ($"no income line set for {year} (luoshi villages income threshold)", $"未设定{year}年收入标准线")
            : ($"{year}: {t.UnderThreshold} of {t.IncomeReported} villages of {area} with a figure are below {Num(line)} 万元 ({t.Villages - t.IncomeReported} without a figure)",
               $"{area}{year}年已报{t.IncomeReported}个村中{t.UnderThreshold}个低于{Num(line)}万元（{t.Villages - t.IncomeReported}个未报）");
}
