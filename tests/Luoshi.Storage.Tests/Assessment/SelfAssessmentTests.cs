using System.Globalization;
using Luoshi.Domain.Access;
using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Lifecycle;

namespace Luoshi.Storage.Tests.Assessment;

/// <summary>The self-assessment (自评) on a real database, on 2023-01-10 after the 2022 closing opened. The scheme
/// counts results only (no late-report or red-light deductions: the sample plan has no reports all year).
/// <code>
/// 人社局: T1 confirmed 基本完成 = 80 by the scheme. Self: T1 80, +2 获省级表彰 → 82. Office: −1 表彰为市级 → 81.
/// 教育局: T2 unconfirmed = 未完成 50 by the scheme, no self-assessment: ranked by the scheme alone.
/// </code></summary>
public abstract class SelfAssessmentTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly ScoringScheme Scheme = ScoringScheme.Default with { LateReport = 0m, RedHeld = 0m };

    private static LifecycleActor HrUnit => LifecycleActor.OfUnit(Hr);

    private static SelfAssessmentClaim Claim(decimal t1 = 80m, decimal plus = 2m) =>
        new([new TaskPoints("T1", t1)], [new PointClaim(null, plus, "获省级就业工作先进单位表彰")], "新增就业5600人，基本完成。");

    private SelfAssessments.SelfAssessmentLedger Self => Ledger.SelfAssessments;

    private async Task OpenAndConfirmT1Async()
    {
        await PlanAsync();
        On("2023-01-10");
        Ok(await Ledger.Closing.OpenAsync(PlanId, Office, ct: Ct));
        Ok(await Ledger.Closing.SetSchemeAsync(PlanId, Office, Scheme, Ct));
        Ok(await Ledger.Closing.SubmitAsync(PlanId, "T1", HrUnit, new ClosingSubmission(ClosingResult.BasicallyDone, "新增就业5600人", null, "招聘会取消",
            [], [new TargetFinal("T1.1", 5600m, null), new TargetFinal("T1.2", 2100m, null)]), Ct));
        Ok(await Ledger.Closing.ConfirmAsync(PlanId, "T1", Office, ct: Ct));
    }

    [Fact]
    public async Task Walk_SubmitReturnResubmitConfirmWithAdjustment_FinalScoreRankedAndAudited()
    {
        await PlanAsync();
        On("2023-01-10");
        Refused(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim(), Ct), "2022年度年底交账尚未开启", ProblemKind.Conflict);
        Ok(await Ledger.Closing.OpenAsync(PlanId, Office, ct: Ct));
        Ok(await Ledger.Closing.SetSchemeAsync(PlanId, Office, Scheme, Ct));
        Ok(await Ledger.Closing.SubmitAsync(PlanId, "T1", HrUnit, new ClosingSubmission(ClosingResult.BasicallyDone, "新增就业5600人", null, "招聘会取消",
            [], [new TargetFinal("T1.1", 5600m, null), new TargetFinal("T1.2", 2100m, null)]), Ct));
        Ok(await Ledger.Closing.ConfirmAsync(PlanId, "T1", Office, ct: Ct));

        Refused(await Self.SubmitAsync(PlanId, Hr, EducationUnit, Claim(), Ct), "只能报送本单位的自评，不能代其他单位报送", ProblemKind.Forbidden);
        Refused(await Self.SubmitAsync(PlanId, Hr, new LifecycleActor(AccountRole.Leader), Claim(), Ct), "领导账号只能查看，不能办理", ProblemKind.Forbidden);
        Refused(await Self.SubmitAsync(PlanId, Hr, Office, Claim(), Ct), "只有牵头单位可以报送自评", ProblemKind.Forbidden);
        Refused(await Self.SubmitAsync(PlanId, "测试市财政局", LifecycleActor.OfUnit("测试市财政局"), Claim(), Ct), "测试市财政局在2022年度没有牵头任务，无需自评", ProblemKind.NotFound);
        Refused(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim(t1: 90m), Ct), "任务 T1 自评90分不符合考核方案，须为完成100分、基本完成80分或未完成50分", ProblemKind.Invalid);
        Refused(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim(plus: 6m), Ct), "自评加分合计6分，超过考核方案的加分上限5分", ProblemKind.Invalid);
        Refused(await Self.ConfirmAsync(PlanId, Hr, Office, ct: Ct), "自评当前为“未报送”，不能确认自评", ProblemKind.Conflict);
        Assert.Equal(0, await CountAsync("self_assessments"));

        Ok(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim(), Ct));
        Refused(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim(), Ct), "自评当前为“待审核”，不能报送自评", ProblemKind.Conflict);
        Refused(await Self.ReturnAsync(PlanId, Hr, HrUnit, "x", Ct), "只有督查室可以退回自评", ProblemKind.Forbidden);
        Refused(await Self.ReturnAsync(PlanId, Hr, Office, " ", Ct), "请填写退回原因", ProblemKind.Invalid);
        Ok(await Self.ReturnAsync(PlanId, Hr, Office, "请附表彰文件", Ct));
        var returned = (await Self.BoardAsync(PlanId, Ct))!.Unit(Hr)!;
        Assert.Equal((SelfAssessmentState.Returned, "请附表彰文件", 82m), (returned.State, returned.Assessment!.ReturnReason, returned.Scored!.Final));

        Ok(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim(), Ct));
        Refused(await Self.ConfirmAsync(PlanId, Hr, Office, [new ScoreAdjustment(null, -1m, " ")], Ct), "请填写调整原因", ProblemKind.Invalid);
        Refused(await Self.ConfirmAsync(PlanId, Hr, Office, [new ScoreAdjustment(null, 24m, "表现突出")], Ct), "调整后得分为106分，须在0至105分之间", ProblemKind.Invalid);
        Refused(await Self.ConfirmAsync(PlanId, Hr, new LifecycleActor(AccountRole.Leader), [], Ct), "领导账号只能查看，不能办理", ProblemKind.Forbidden);
        On("2023-01-12");
        Ok(await Self.ConfirmAsync(PlanId, Hr, Office, [new ScoreAdjustment(null, -1m, "表彰为市级，按1分计")], Ct));
        Refused(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim(), Ct), "自评已确认，得分已定，不能再报送或修改", ProblemKind.Conflict);
        Refused(await Self.ConfirmAsync(PlanId, Hr, Office, [], Ct), "自评已确认，得分已定，不能再报送或修改", ProblemKind.Conflict);

        var board = (await Self.BoardAsync(PlanId, Ct))!;
        var hr = board.Unit(Hr)!;
        Assert.Equal((80m, 0m, 2m, -1m, 81m), (hr.Scored!.Base, hr.Scored.Deducted, hr.Scored.Added, hr.Scored.Adjusted, hr.Scored.Final));
        Assert.Equal((D("2023-01-12"), "王科员"), (hr.Assessment!.ConfirmedOn, hr.Assessment.ConfirmedBy));
        Assert.Equal([ScoreSource.SelfAssessment, ScoreSource.SelfAssessment, ScoreSource.Office], hr.Scored.Lines.Select(l => l.Source));
        // The ranking (and so the .xlsx and the report) counts 人社局's confirmed 81 and 教育局's 50 by the scheme.
        var ranking = (await Ledger.Closing.RankAsync(PlanId, Ct))!;
        Assert.Equal([(Hr, 81m, 1, true), (Education, 50m, 2, false)], ranking.Select(u => (u.Unit, u.Final, u.Rank, u.IsConfirmed)));

        var actions = (await Ledger.HistoryAsync("self-assessment", $"{PlanId.ToString(CultureInfo.InvariantCulture)}/{Hr}", Ct)).Select(a => a.Action).ToList();
        Assert.Equal(["assessment.confirm", "assessment.submit", "assessment.return", "assessment.submit"], actions);
    }

    /// <summary>人社局's self-assessment confirmed at 81 (T1 80, +2, −1); on 15 January the office corrects T1 from 基本完成 to
    /// 未完成 (50): the self-assessment stays confirmed, T1 now counts 50, so base 50 + 2 − 1 = 51, and a line says it was
    /// corrected after confirmation. 教育局's self-assessment, only submitted, keeps its points when T2 is corrected: the
    /// office reviews it against the corrected result. A refused correction changes neither.</summary>
    [Fact]
    public async Task ClosingCorrectedAfterConfirmation_ConfirmedSelfAssessmentFollowsAndSaysSo()
    {
        await OpenAndConfirmT1Async();
        Ok(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim(), Ct));
        Ok(await Self.ConfirmAsync(PlanId, Hr, Office, [new ScoreAdjustment(null, -1m, "表彰为市级，按1分计")], Ct));
        Ok(await Ledger.Closing.SubmitAsync(PlanId, "T2", EducationUnit, new ClosingSubmission(ClosingResult.NotDone, "主体完工", null, "竣工验收推迟", [], []), Ct));
        Ok(await Ledger.Closing.ConfirmAsync(PlanId, "T2", Office, ct: Ct));
        Ok(await Self.SubmitAsync(PlanId, Education, EducationUnit, new([new TaskPoints("T2", 50m)], [], "幼儿园主体完工。"), Ct));
        var confirmed = (await Self.BoardAsync(PlanId, Ct))!.Unit(Hr)!;
        Assert.Equal((81m, 2), (confirmed.Scored!.Final, confirmed.Assessment!.Version));

        On("2023-01-15");
        Refused(await Ledger.Closing.CorrectAsync(PlanId, "T1", Office, ClosingResult.BasicallyDone, "重复", Ct), "结果已是“基本完成”，无需更正", ProblemKind.Invalid);
        Assert.Equal((81m, 2), ((await Self.BoardAsync(PlanId, Ct))!.Unit(Hr)!.Scored!.Final, (await Self.BoardAsync(PlanId, Ct))!.Unit(Hr)!.Assessment!.Version));
        Ok(await Ledger.Closing.CorrectAsync(PlanId, "T1", Office, ClosingResult.NotDone, "统计局核定新增就业4900人", Ct));
        Ok(await Ledger.Closing.CorrectAsync(PlanId, "T2", Office, ClosingResult.BasicallyDone, "验收材料已补齐", Ct));

        var board = (await Self.BoardAsync(PlanId, Ct))!;
        var hr = board.Unit(Hr)!;
        Assert.Equal((SelfAssessmentState.Confirmed, 3), (hr.State, hr.Assessment!.Version));
        Assert.Equal([new TaskPoints("T1", 50m)], hr.Assessment.Claim.Tasks);
        Assert.Equal((50m, 0m, 2m, -1m, 51m), (hr.Scored!.Base, hr.Scored.Deducted, hr.Scored.Added, hr.Scored.Adjusted, hr.Scored.Final));
        Assert.Equal(
            new SelfAssessmentCorrection("T1", ClosingResult.BasicallyDone, ClosingResult.NotDone, 80m, 50m, "统计局核定新增就业4900人", D("2023-01-15"), "王科员"),
            Assert.Single(hr.Assessment.Corrections));
        var said = hr.Scored.Lines[^1];
        Assert.Equal(("T1", 0m, ScoreSource.Office), (said.Task, said.Points, said.Source));
        Assert.Equal("自评确认后更正：2023-01-15 督查室（王科员）将任务 T1 交账结果由基本完成更正为未完成（统计局核定新增就业4900人），自评分由80分改为50分", said.Why.Zh);
        Assert.Equal("self-assessed 50 points (weight 1); the account's result, not done, scores 50 by the scheme", hr.Scored.Lines[0].Why.En);
        var view = Assert.Single(AssessmentView.Of(board, u => u == Hr).Units).CorrectedAfterConfirmation;
        Assert.Equal([new AssessmentCorrectionView("T1", "basically_done", "not_done", 80m, 50m, "统计局核定新增就业4900人", "2023-01-15", "王科员")], view);

        // 教育局 submitted 50 for T2 while it stood 未完成; now 基本完成, its claim waits for the office unchanged.
        var education = board.Unit(Education)!;
        Assert.Equal((SelfAssessmentState.Submitted, 1, 50m), (education.State, education.Assessment!.Version, education.Scored!.Final));
        Assert.Empty(education.Assessment.Corrections);
        Assert.Equal("自评50分（权重1）；交账结果基本完成按考核办法为80分", education.Scored.Lines[0].Why.Zh);

        // The ranking counts the corrected confirmed score: 人社局 51; 教育局 by the scheme, T2 基本完成 = 80.
        Assert.Equal([(Education, 80m, 1, false), (Hr, 51m, 2, true)], (await Ledger.Closing.RankAsync(PlanId, Ct))!.Select(u => (u.Unit, u.Final, u.Rank, u.IsConfirmed)));
        var actions = (await Ledger.HistoryAsync("self-assessment", $"{PlanId.ToString(CultureInfo.InvariantCulture)}/{Hr}", Ct)).Select(a => a.Action).ToList();
        Assert.Equal(["assessment.correct", "assessment.confirm", "assessment.submit"], actions);
        Assert.Single(await Ledger.HistoryAsync("self-assessment", $"{PlanId.ToString(CultureInfo.InvariantCulture)}/{Education}", Ct));
    }

    [Fact]
    public async Task Submit_AfterClosingConfirmed_OwnTasksOnly()
    {
        await OpenAndConfirmT1Async();
        var foreign = Claim() with { Tasks = [new TaskPoints("T1", 80m), new TaskPoints("T2", 100m)] };
        Refused(await Self.SubmitAsync(PlanId, Hr, HrUnit, foreign, Ct), "任务 T2 不由本单位牵头，不能计入自评", ProblemKind.Invalid);
        Refused(await Self.SubmitAsync(PlanId, Hr, HrUnit, Claim() with { Tasks = [] }, Ct), "请填写任务 T1 的自评分", ProblemKind.Invalid);
        Ok(await Self.SubmitAsync(PlanId, Education, EducationUnit, new([new TaskPoints("T2", 100m)], [], "幼儿园已投入使用。"), Ct));
        // 教育局 claims 100 for T2, which the scheme scores 50 until its account is confirmed; the office sees both.
        var education = (await Self.BoardAsync(PlanId, Ct))!.Unit(Education)!;
        Assert.Equal((50m, 100m, SelfAssessmentState.Submitted), (education.ByScheme.Final, education.Scored!.Final, education.State));
        Assert.Equal("自评100分（权重1）；交账结果未确认按考核办法为50分", education.Scored.Lines[0].Why.Zh);
    }
}

public sealed class SqliteSelfAssessmentTests : SelfAssessmentTests<SqliteTestDatabase>;

public sealed class PostgresSelfAssessmentTests : SelfAssessmentTests<PostgresTestDatabase>;
