using Luoshi.Domain.Villages;

namespace Luoshi.Domain.Tests.Villages;

/// <summary>Score and tier by the rules of docs/villages.md, on a standard of four criteria worth 100 points:
/// C1 scored 40, C2 pass 20, C3 scored 30, C4 pass 10; 干净整洁村 ≥ 60 with C4, 美丽宜居村 ≥ 75 with C2, 特色精品村 ≥ 90.</summary>
public sealed class TierRulesTests
{
    private static readonly AssessmentStandard Standard = new()
    {
        Name = "美丽宜居村2022",
        Criteria =
        [
            new("C1", "村容村貌整洁", CriterionKind.Score, 40m, true),
            new("C2", "生活污水有效治理", CriterionKind.PassFail, 20m, true),
            new("C3", "农村厕所改造", CriterionKind.Score, 30m, false),
            new("C4", "无违法建设", CriterionKind.PassFail, 10m, false),
        ],
        Tiers = [new("干净整洁村", 60m, ["C4"]), new("美丽宜居村", 75m, ["C2"]), new("特色精品村", 90m, [])],
    };

    [Theory]
    [InlineData(38, true, 28, true, 96, 3, "特色精品村")]
    [InlineData(30, true, 20, true, 80, 2, "美丽宜居村")]
    [InlineData(35, false, 25, true, 70, 1, "干净整洁村")] // 70 would do for 干净整洁村 only; C2 failed anyway
    [InlineData(40, false, 30, true, 80, 1, "干净整洁村")]
    [InlineData(36, true, 30, false, 86, 0, null)] // C4 failed: no tier, and none above it either (requirements are cumulative)
    [InlineData(25, true, 14.5, true, 69.5, 1, "干净整洁村")]
    [InlineData(10, true, 19.5, true, 59.5, 0, null)] // 10 + 20 + 19.5 + 10: just below 60
    [InlineData(30, true, 15, true, 75, 2, "美丽宜居村")] // exactly 75
    public void Assess_ScoreAndTier(double c1, bool c2, double c3, bool c4, double score, int rank, string? tier)
    {
        var outcome = TierRules.Assess(Standard,
        [
            new("C1", null, (decimal)c1, "照片"), new("C2", c2, null, "验收"), new("C3", null, (decimal)c3, null), new("C4", c4, null, null),
        ]);

        Assert.Equal(((decimal)score, rank, tier), (outcome.Score, outcome.TierRank, outcome.Tier));
    }

    [Fact]
    public void Assess_GateOfWeightZero_AddsNothingButIsRequired()
    {
        var standard = new AssessmentStandard
        {
            Name = "门槛",
            Criteria = [new("G", "无重大安全事故", CriterionKind.PassFail, 0m, false), new("S", "总体评分", CriterionKind.Score, 100m, false)],
            Tiers = [new("达标村", 60m, ["G"])],
        };

        var met = TierRules.Assess(standard, [new("G", true, null, null), new("S", null, 60m, null)]);
        var gateFailed = TierRules.Assess(standard, [new("G", false, null, null), new("S", null, 99m, null)]);

        Assert.Equal((60m, 1), (met.Score, met.TierRank));
        Assert.Equal((99m, 0), (gateFailed.Score, gateFailed.TierRank));
    }
}
