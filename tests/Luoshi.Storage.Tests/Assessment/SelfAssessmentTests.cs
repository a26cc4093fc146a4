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
