using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Villages.Tallies;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Villages.Tallies;
using Luoshi.Domain.Reading;

namespace Luoshi.Storage.Villages.Indicators;

/// <summary><c>villages.tier-share:TIER[@AREA]</c>: villages whose assessment in effect reaches the tier or a higher
/// one ÷ all administrative villages of the area (确保60%以上行政村达到美丽宜居村标准).</summary>
internal sealed class TierShareIndicator : VillageIndicator
{
    public override IndicatorInfo Info { get; } = new(
        "villages.tier-share", "行政村达到评定等级的比例", "share of administrative villages at or above a tier", "%", ValueNature.Accumulating,
        "a tier of a standard, optionally @ an area (region, or the city, a town or subdistrict by code or name): 美丽宜居村 or 美丽宜居村@大沙镇",
        Keywords: ["美丽宜居村"], DefaultScope: "美丽宜居村");

    protected override bool HasSubject => true;

    protected override Words? CheckSubject(string subject, VillageData data)
    {
        var tiers = data.Facts.TierNames;
        return tiers.Contains(subject, StringComparer.Ordinal) ? null
            : Catalogue.Villages.UnknownTier(subject, tiers);
    }

    protected override Observation? Observe(int period, string subject, VillageTally tally, decimal? threshold) =>
        new(period, null, tally.AtOrAbove(subject), tally.Villages);

    protected override (string Note, string NoteZh) Describe(string subject, string area, VillageTally t, DateOnly day, int year, decimal? threshold) =>
        ($"as of {Day(day)}, {t.AtOrAbove(subject)} of {t.Villages} administrative villages of {area} are {subject} or above ({Share(t.AtOrAbove(subject), t.Villages)}); {t.Assessed} assessed",
         $"截至{Day(day)}，{area}{t.Villages}个行政村中{t.AtOrAbove(subject)}个达到{subject}及以上（{Share(t.AtOrAbove(subject), t.Villages)}），已评定{t.Assessed}个");
}
