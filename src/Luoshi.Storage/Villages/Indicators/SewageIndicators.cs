using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Villages.Tallies;
using Luoshi.Storage.Indicators;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Villages.Indicators;

/// <summary><c>villages.sewage-coverage:AREA</c>: villages with an integrated sewage facility ÷ administrative villages
/// (村级一体化污水处理设施全覆盖).</summary>
internal sealed class SewageCoverageIndicator : VillageIndicator
{
    public override IndicatorInfo Info { get; } = new(
        "villages.sewage-coverage", "行政村一体化污水处理设施覆盖率", "share of villages with an integrated sewage facility", "%", ValueNature.Accumulating,
        "an area: region, or the city, a town or subdistrict by code or name (villages.sewage-coverage:region)",
        Keywords: ["污水处理设施"], DefaultScope: "region");

    protected override Observation? Observe(int period, string subject, VillageTally tally, decimal? threshold) =>
        new(period, null, tally.WithFacility, tally.Villages);

    protected override (string Note, string NoteZh) Describe(string subject, string area, VillageTally t, DateOnly day, int year, decimal? threshold) =>
        ($"as of {Day(day)}, {t.WithFacility} of {t.Villages} administrative villages of {area} have an integrated sewage facility ({Share(t.WithFacility, t.Villages)}), {t.Operating} operating",
         $"截至{Day(day)}，{area}{t.Villages}个行政村中{t.WithFacility}个建有一体化污水处理设施（{Share(t.WithFacility, t.Villages)}），正常运行{t.Operating}个");
}

/// <summary><c>villages.sewage-operating:AREA</c>: villages whose facility operates ÷ administrative villages.</summary>
internal sealed class SewageOperatingIndicator : VillageIndicator
{
    public override IndicatorInfo Info { get; } = new(
        "villages.sewage-operating", "行政村污水处理设施正常运行率", "share of villages whose sewage facility operates", "%", ValueNature.Accumulating,
        "an area: region, or the city, a town or subdistrict by code or name (villages.sewage-operating:region)",
        Keywords: ["污水处理设施正常运行", "运行率"], DefaultScope: "region");

    protected override Observation? Observe(int period, string subject, VillageTally tally, decimal? threshold) =>
        new(period, null, tally.Operating, tally.Villages);

    protected override (string Note, string NoteZh) Describe(string subject, string area, VillageTally t, DateOnly day, int year, decimal? threshold) =>
        ($"as of {Day(day)}, {t.Operating} of {t.Villages} administrative villages of {area} have a facility operating ({Share(t.Operating, t.Villages)}); {t.WithFacility} have one",
         $"截至{Day(day)}，{area}{t.Villages}个行政村中{t.Operating}个污水处理设施正常运行（{Share(t.Operating, t.Villages)}），建有设施{t.WithFacility}个");
}
