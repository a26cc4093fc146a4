using Luoshi.Cli.Commands;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Domain.Periods;
using Luoshi.Storage.Indicators;

namespace Luoshi.Cli.Tests;

/// <summary>The indicator suggested for each target of the sample report comes from the target's own words; the
/// expected bindings were read off the report by hand (优良率 → air, 断面…达标率 → water, 美丽宜居村, 污水处理设施,
/// 集体经济经营性收入, 返贫), and every other target is left to unit reports.</summary>
public sealed class IndicatorSuggestionsTests
{
    [Fact]
    public void For_SamplePlanTargets_SuggestsTheIndicatorTheirWordsName_AndNothingForTheRest()
    {
        var drafted = ReportDrafting.Draft(CliRun.Sample, 2022, "四会市", null, "test", TextWriter.Null);
        var plan = PlanFromDraft.Create(drafted!.Value.Plan, "四会市", drafted.Value.Text, ReportingCadence.MonthlyByDay(28));

        var suggested = plan.Tasks.SelectMany(t => t.Targets)
            .Select(t => (t.Subject, Binding: IndicatorSuggestions.For(t) is [var first, ..] ? first.ToString() : null))
            .Where(t => t.Binding is not null)
            .ToDictionary(t => t.Subject, t => t.Binding);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["全市行政村达到美丽宜居村标准"] = "villages.tier-share:美丽宜居村",
                ["行政村级集体经济经营性收入"] = "villages.collective-income:region",
                ["规模性返贫"] = "households.unassisted-fallback:region",
                ["城区空气质量优良率"] = "air.good-day-share:城区",
                ["绥江五马岗断面等3个省考及以上断面水质达标率"] = "water.compliance-rate:省考及以上",
                ["村级一体化污水处理设施"] = "villages.sewage-coverage:region",
            },
            suggested);
    }
}
