using Luoshi.Domain.Access;
using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Tests.Assessment;

/// <summary>The final score after the unit's self-assessment and the office's review, worked by hand (default scheme:
/// 完成 100, 基本完成 80, 未完成 50; late report 0.5; 黄色督办 2; caps 10 and 5; S1 weighted 2).
/// <code>
/// 人社局 leads A1 (S1, 完成, 2 late) and A2 (S2, 基本完成, a 黄色督办单).
///   by the scheme:  base (2×100 + 80) ÷ 3 = 93.33; − 1 − 2 = 90.33
///   self-assessed:  A1 100, A2 100 → base (2×100 + 100) ÷ 3 = 100
///                   claims +3 获省级表彰, −1 A2 台账不全
///                   deductions 1 (late, scheme) + 2 (督办, scheme) + 1 (claimed) = 4; additions 3 (claimed)
///                   100 − 4 + 3 = 99
///   office:         −6.67 A2 交账确认为基本完成 → 99 − 6.67 = 92.33
/// </code></summary>
public sealed class FinalScoringTests
{
    private static readonly ScoringScheme Scheme = ScoringScheme.Default with { SectionWeights = new Dictionary<string, decimal> { ["S1"] = 2m } };

    private static readonly AssessedTask[] Hr =
    [
        new("A1", "人社局", "S1", ClosingResult.Done, 2, [], [], 0, false),
        new("A2", "人社局", "S2", ClosingResult.BasicallyDone, 0, [], [NoticeSeverity.Yellow], 0, false),
    ];

    private static readonly SelfAssessmentClaim Claim = new(
        [new TaskPoints("A1", 100m), new TaskPoints("A2", 100m)],
        [new PointClaim(null, 3m, "获省级表彰"), new PointClaim("A2", -1m, "台账不全")],
        "两项任务均已完成，A2因统计口径差异自评完成。");

    [Fact]
    public void Score_SelfAssessedAndAdjusted_EveryPointFromWhereItCame()
    {
        Assert.Equal(90.33m, UnitScoring.Score("人社局", Hr, Scheme).Final);
        var claimed = FinalScoring.Score("人社局", Hr, Scheme, Claim, [], SelfAssessmentState.Submitted);
        Assert.Equal((100m, 4m, 3m, 0m, 99m), (claimed.Base, claimed.Deducted, claimed.Added, claimed.Adjusted, claimed.Final));

        var final = FinalScoring.Score("人社局", Hr, Scheme, Claim, [new ScoreAdjustment("A2", -6.67m, "交账确认为基本完成，按80分计")], SelfAssessmentState.Confirmed);
        Assert.Equal((100m, 4m, 3m, -6.67m, 92.33m, true), (final.Base, final.Deducted, final.Added, final.Adjusted, final.Final, final.IsConfirmed));
        Assert.Equal(
        [
            ("A1", "自评100分（权重2）；交账结果完成按考核办法为100分", 0m, ScoreSource.SelfAssessment),
            ("A2", "自评100分（权重1）；交账结果基本完成按考核办法为80分", 0m, ScoreSource.SelfAssessment),
            ("A1", "逾期或未报送进展2次，每次扣0.5分", -1m, ScoreSource.Scheme),
            ("A2", "被下发黄色督办单", -2m, ScoreSource.Scheme),
            ("A2", "单位自评：台账不全", -1m, ScoreSource.SelfAssessment),
            (null, "单位自评：获省级表彰", 3m, ScoreSource.SelfAssessment),
            ("A2", "督查室调整：交账确认为基本完成，按80分计", -6.67m, ScoreSource.Office),
        ], final.Lines.Select(l => (l.Task, l.Why.Zh, l.Points, l.Source)));
        Assert.Equal(final.Final, final.Base + final.Lines.Sum(l => l.Points));
    }

    [Fact]
    public void Score_ClaimsAndSchemeTogetherAboveTheCap_CountTheCap()
    {
        // 9 late (4.5) + 督办 2 = 6.5 by the scheme, plus 5 claimed = 11.5 > 10: capped, a line gives 1.5 back.
        AssessedTask[] tasks = [new("C1", "住建局", "S2", ClosingResult.NotDone, 9, [], [NoticeSeverity.Yellow], 0, false)];
        var claim = new SelfAssessmentClaim([new TaskPoints("C1", 50m)], [new PointClaim("C1", -5m, "项目未开工")], "未完成。");
        var score = FinalScoring.Score("住建局", tasks, Scheme, claim, [], SelfAssessmentState.Submitted);
        Assert.Equal((50m, 10m, 40m), (score.Base, score.Deducted, score.Final));
        Assert.Equal((null, "扣分合计11.5分，超过上限按10分计", 1.5m, ScoreSource.Scheme), (score.Lines[^1].Task, score.Lines[^1].Why.Zh, score.Lines[^1].Points, score.Lines[^1].Source));
    }

    [Theory]
    [InlineData("A1=90", "任务 A1 自评90分不符合考核方案，须为完成100分、基本完成80分或未完成50分")]
    [InlineData("A1=-50", "任务 A1 自评-50分不符合考核方案，须为完成100分、基本完成80分或未完成50分")]
    [InlineData("missing A2", "请填写任务 A2 的自评分")]
    [InlineData("B1=100", "任务 B1 不由本单位牵头，不能计入自评")]
    [InlineData("+3 +3", "自评加分合计6分，超过考核方案的加分上限5分")]
    [InlineData("-11", "自评扣分合计11分，超过考核方案的扣分上限10分")]
    [InlineData("0", "加减分不能为0分")]
    [InlineData("no why", "请填写加减分说明")]
    [InlineData("no explanation", "请填写自评说明")]
    public void Check_ImpossibleOrIncompleteClaims_Refused(string wrong, string said)
    {
        var claim = wrong switch
        {
            "A1=90" => Claim with { Tasks = [new TaskPoints("A1", 90m), new TaskPoints("A2", 80m)] },
            "A1=-50" => Claim with { Tasks = [new TaskPoints("A1", -50m), new TaskPoints("A2", 80m)] },
            "missing A2" => Claim with { Tasks = [new TaskPoints("A1", 100m)] },
            "B1=100" => Claim with { Tasks = [.. Claim.Tasks, new TaskPoints("B1", 100m)] },
            "+3 +3" => Claim with { Claims = [new PointClaim(null, 3m, "表彰"), new PointClaim("A1", 3m, "提前")] },
            "-11" => Claim with { Claims = [new PointClaim(null, -11m, "事故")] },
            "0" => Claim with { Claims = [new PointClaim(null, 0m, "无")] },
            "no why" => Claim with { Claims = [new PointClaim(null, 1m, " ")] },
            _ => Claim with { Explanation = "  " },
        };
        Assert.Null(FinalScoring.Check(Hr, Scheme, Claim));
        Assert.Equal(said, FinalScoring.Check(Hr, Scheme, claim)!.Message.Zh);
    }

    [Fact]
    public void CheckAdjustments_WithoutReasonOrBeyondTheRange_Refused()
    {
        var claimed = FinalScoring.Score("人社局", Hr, Scheme, Claim, [], SelfAssessmentState.Submitted);
        Assert.Null(FinalScoring.CheckAdjustments(claimed, Hr, Scheme, [new ScoreAdjustment("A2", -6.67m, "按80分计")]));
        Assert.Equal("请填写调整原因", FinalScoring.CheckAdjustments(claimed, Hr, Scheme, [new ScoreAdjustment("A2", -6.67m, "")])!.Message.Zh);
        Assert.Equal("加减分不能为0分", FinalScoring.CheckAdjustments(claimed, Hr, Scheme, [new ScoreAdjustment(null, 0m, "无")])!.Message.Zh);
        // 99 + 7 = 106 > 100 + 5; 99 − 100 = −1 < 0.
        Assert.Equal("调整后得分为106分，须在0至105分之间", FinalScoring.CheckAdjustments(claimed, Hr, Scheme, [new ScoreAdjustment(null, 7m, "表现突出")])!.Message.Zh);
        Assert.Equal("调整后得分为-1分，须在0至105分之间", FinalScoring.CheckAdjustments(claimed, Hr, Scheme, [new ScoreAdjustment(null, -100m, "材料造假")])!.Message.Zh);
        Assert.Equal("任务 B1 不由本单位牵头，不能计入自评", FinalScoring.CheckAdjustments(claimed, Hr, Scheme, [new ScoreAdjustment("B1", -1m, "x")])!.Message.Zh);
    }

    [Fact]
    public void Rules_OwnUnitSubmitsOfficeReviews_OthersRefused()
    {
        static string? Said(AccountRole role, string? unit, SelfAssessmentStep step, SelfAssessmentState state) =>
            SelfAssessmentRules.Refusal(role, unit, "人社局", step, state)?.Message.Zh;
        Assert.Null(Said(AccountRole.UnitReporter, "人社局", SelfAssessmentStep.Submit, SelfAssessmentState.Pending));
        Assert.Null(Said(AccountRole.UnitReporter, "人社局", SelfAssessmentStep.Submit, SelfAssessmentState.Returned));
        Assert.Equal("只能报送本单位的自评，不能代其他单位报送", Said(AccountRole.UnitReporter, "教育局", SelfAssessmentStep.Submit, SelfAssessmentState.Pending));
        Assert.Equal("领导账号只能查看，不能办理", Said(AccountRole.Leader, null, SelfAssessmentStep.Submit, SelfAssessmentState.Pending));
        Assert.Equal("只有牵头单位可以报送自评", Said(AccountRole.Office, null, SelfAssessmentStep.Submit, SelfAssessmentState.Pending));
        Assert.Equal("只有督查室可以确认自评", Said(AccountRole.UnitReporter, "人社局", SelfAssessmentStep.Confirm, SelfAssessmentState.Submitted));
        Assert.Equal("自评当前为“待审核”，不能报送自评", Said(AccountRole.UnitReporter, "人社局", SelfAssessmentStep.Submit, SelfAssessmentState.Submitted));
        Assert.Equal("自评已确认，得分已定，不能再报送或修改", Said(AccountRole.UnitReporter, "人社局", SelfAssessmentStep.Submit, SelfAssessmentState.Confirmed));
        Assert.Equal("自评当前为“未报送”，不能退回自评", Said(AccountRole.Office, null, SelfAssessmentStep.Return, SelfAssessmentState.Pending));
        Assert.Equal(ProblemKind.Conflict, SelfAssessmentRules.Refusal(AccountRole.Office, null, "人社局", SelfAssessmentStep.Confirm, SelfAssessmentState.Confirmed)!.Kind);
    }

    [Fact]
    public void Ranked_ConfirmedFinalsBesideSchemeScores_EqualShareARank()
    {
        var ranking = UnitScoring.Ranked([
            new UnitScore("财政局", 80m, 0m, 1m, 81m, 0, []), new UnitScore("人社局", 100m, 4m, 3m, 92.33m, 0, [], -6.67m, SelfAssessmentState.Confirmed),
            new UnitScore("教育局", 75m, 3m, 1m, 73m, 0, []), new UnitScore("住建局", 81m, 0m, 0m, 81m, 0, [])]);
        Assert.Equal([("人社局", 1), ("住建局", 2), ("财政局", 2), ("教育局", 4)], ranking.Select(s => (s.Unit, s.Rank)));
    }
}
