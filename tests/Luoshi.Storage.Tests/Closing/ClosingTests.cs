using Luoshi.Domain.Access;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Lifecycle;

namespace Luoshi.Storage.Tests.Closing;

/// <summary>The year-end closing on a real database: open, submit, return, resubmit, confirm, correct — each step
/// allowed for its actor in its state and refused otherwise with nothing changed, every step audited. The sample plan:
/// T1 (人社局) 新增就业 ≥ 6000人 and 培训 ≥ 2000人次, T2 (教育局) a milestone due 2022-12-31; default tolerances (10% for
/// amounts, 30 days for milestones).</summary>
public abstract class ClosingTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static LifecycleActor HrUnit => LifecycleActor.OfUnit(Hr);

    private ClosingLedger Close => Ledger.Closing;

    private static ClosingSubmission Jobs(ClosingResult result, string? reason = null, decimal jobs = 5600m) => new(
        result, "全年新增就业5600人，培训2100人次", new DateOnly(2022, 12, 31), reason, ["就业登记台账 https://rsj.example.cn/2022/jobs.xlsx"],
        [new TargetFinal("T1.1", jobs, null), new TargetFinal("T1.2", 2100m, null)]);

    [Fact]
    public async Task Open_BeforeDecemberOrByAUnit_RefusedThenOpenedOnceAudited()
    {
        await PlanAsync();
        On("2022-11-30");
        Refused(await Close.OpenAsync(PlanId, Office, ct: Ct), "2022年度尚未结束，2022-12-01起才能开启年底交账", ProblemKind.Conflict);
        On("2023-01-10");
        Refused(await Close.OpenAsync(PlanId, HrUnit, ct: Ct), "只有督查室可以开启年底交账", ProblemKind.Forbidden);
        Refused(await Close.OpenAsync(PlanId, Office, ClosingTolerances.Default with { Level = 101m }, Ct), "容差须在0%至100%之间，节点容差天数须在0至366之间", ProblemKind.Invalid);
        Refused(await Close.SubmitAsync(PlanId, "T1", HrUnit, Jobs(ClosingResult.BasicallyDone, "招聘会因疫情取消两场"), Ct), "2022年度年底交账尚未开启", ProblemKind.Conflict);

        Ok(await Close.OpenAsync(PlanId, Office, ct: Ct));
        Refused(await Close.OpenAsync(PlanId, Office, ct: Ct), "2022年度年底交账已开启", ProblemKind.Conflict);

        var audit = (await Ledger.HistoryAsync("plan", PlanId.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct))[0];
        Assert.Equal("closing.open", audit.Action);
        var reading = (await Close.ReadAsync(PlanId, Ct))!;
        Assert.Equal((D("2023-01-10"), 2, 0), (reading.Closing!.OpenedOn, reading.Unconfirmed, reading.Count(ClosingResult.Done)));
    }

    [Fact]
    public async Task Walk_SubmitReturnResubmitConfirmCorrect_FrozenAndAudited()
    {
        await PlanAsync();
        On("2023-01-10");
        Ok(await Close.OpenAsync(PlanId, Office, ct: Ct));

        // 5600 of 6000 is 6.67% short (≤ 10%): T1.1 基本完成; 2100 ≥ 2000: T1.2 完成; the task is the worse, 基本完成.
        Refused(await Close.SubmitAsync(PlanId, "T1", HrUnit, Jobs(ClosingResult.Done), Ct),
            "按目标最终值（T1.1 基本完成，T1.2 完成），该任务为“基本完成”，不能报“完成”", ProblemKind.Invalid);
        Refused(await Close.SubmitAsync(PlanId, "T1", HrUnit, Jobs(ClosingResult.BasicallyDone), Ct), "请填写未完成原因", ProblemKind.Invalid);
        Refused(await Close.SubmitAsync(PlanId, "T1", EducationUnit, Jobs(ClosingResult.BasicallyDone, "x"), Ct), "该任务不由本单位牵头，不能报送交账", ProblemKind.Forbidden);
        Refused(await Close.SubmitAsync(PlanId, "T1", LifecycleActor.OfUnit("测试市财政局"), Jobs(ClosingResult.BasicallyDone, "x"), Ct), "配合单位不能报送交账，请由牵头单位报送", ProblemKind.Forbidden);
        Refused(await Close.SubmitAsync(PlanId, "T1", new LifecycleActor(AccountRole.Leader), Jobs(ClosingResult.BasicallyDone, "x"), Ct), "领导账号只能查看，不能办理", ProblemKind.Forbidden);
        Refused(await Close.ConfirmAsync(PlanId, "T1", Office, ct: Ct), "交账当前为“未报送”，不能确认交账", ProblemKind.Conflict);
        Assert.Equal(0, await CountAsync("closing_accounts"));

        Ok(await Close.SubmitAsync(PlanId, "T1", HrUnit, Jobs(ClosingResult.BasicallyDone, "两场招聘会因疫情取消"), Ct));
        Refused(await Close.ReturnAsync(PlanId, "T1", Office, " ", Ct), "请填写退回原因", ProblemKind.Invalid);
        Refused(await Close.ReturnAsync(PlanId, "T1", HrUnit, "x", Ct), "只有督查室可以退回交账", ProblemKind.Forbidden);
        Ok(await Close.ReturnAsync(PlanId, "T1", Office, "请补充培训花名册", Ct));
        var returned = (await Close.ReadAsync(PlanId, Ct))!.Task("T1")!.Account;
        Assert.Equal((ClosingState.Returned, "请补充培训花名册"), (returned.State, returned.ReturnReason));

        var resubmitted = Jobs(ClosingResult.BasicallyDone, "两场招聘会因疫情取消") with { Evidence = ["就业登记台账 https://rsj.example.cn/2022/jobs.xlsx", "培训花名册 https://rsj.example.cn/2022/roster.pdf"] };
        Ok(await Close.SubmitAsync(PlanId, "T1", HrUnit, resubmitted, Ct));
        Refused(await Close.ConfirmAsync(PlanId, "T1", HrUnit, ct: Ct), "只有督查室可以确认交账", ProblemKind.Forbidden);
        Ok(await Close.ConfirmAsync(PlanId, "T1", Office, ct: Ct));

        Refused(await Close.SubmitAsync(PlanId, "T1", HrUnit, resubmitted, Ct), "交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因", ProblemKind.Conflict);
        Refused(await Close.ReturnAsync(PlanId, "T1", Office, "x", Ct), "交账结果已确认，不能修改；如需改变，请由督查室登记更正并说明原因", ProblemKind.Conflict);
        Refused(await Close.CorrectAsync(PlanId, "T1", Office, ClosingResult.NotDone, null, Ct), "请填写更正原因", ProblemKind.Invalid);
        Refused(await Close.CorrectAsync(PlanId, "T1", Office, ClosingResult.BasicallyDone, "x", Ct), "结果已是“基本完成”，无需更正", ProblemKind.Invalid);
        On("2023-02-03");
        Ok(await Close.CorrectAsync(PlanId, "T1", Office, ClosingResult.NotDone, "统计局核定新增就业4900人", Ct));

        var t1 = (await Close.ReadAsync(PlanId, Ct))!.Task("T1")!;
        Assert.Equal((ClosingState.Confirmed, ClosingResult.BasicallyDone, ClosingResult.NotDone, 2), (t1.Account.State, t1.Account.Claimed, t1.Result, t1.Account.Evidence.Count));
        Assert.Equal(new ClosingCorrection(D("2023-02-03"), "王科员", ClosingResult.BasicallyDone, ClosingResult.NotDone, "统计局核定新增就业4900人"), Assert.Single(t1.Account.Corrections));
        Assert.Equal((5600m, 6.67m), (t1.Targets[0].Final, t1.Targets[0].Judgement.Shortfall));
        Assert.Equal((D("2023-01-10"), D("2023-01-10")), (t1.Account.SubmittedOn, t1.Account.ConfirmedOn));
        var actions = (await Ledger.HistoryAsync("task", $"{PlanId}/T1", Ct)).Select(a => a.Action).Where(a => a.StartsWith("closing.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["closing.correct", "closing.confirm", "closing.submit", "closing.return", "closing.submit"], actions);
        Assert.Equal(1, await CountAsync("closing_corrections"));
    }

    [Fact]
    public async Task Submit_MilestoneDoneInJanuaryOrBadFinals_BasicallyDoneOrRefused()
    {
        await PlanAsync();
        On("2023-01-10");
        Ok(await Close.OpenAsync(PlanId, Office, ct: Ct));
        ClosingSubmission Kindergarten(ClosingResult result, DateOnly? done, string target = "T2.1") =>
            new(result, "幼儿园已投入使用", done, "竣工验收推迟", ["验收报告 https://jyj.example.cn/ys.pdf"], [new TargetFinal(target, null, done)]);

        // Done on 5 January, 5 days after its deadline (≤ 30): 基本完成, so 完成 is refused.
        Refused(await Close.SubmitAsync(PlanId, "T2", EducationUnit, Kindergarten(ClosingResult.Done, D("2023-01-05")), Ct),
            "按目标最终值（T2.1 基本完成），该任务为“基本完成”，不能报“完成”", ProblemKind.Invalid);
        Refused(await Close.SubmitAsync(PlanId, "T2", EducationUnit, Kindergarten(ClosingResult.Done, D("2023-01-11")), Ct),
            "完成日期须在2022年1月1日至交账之日之间", ProblemKind.Invalid);
        Refused(await Close.SubmitAsync(PlanId, "T2", EducationUnit, Kindergarten(ClosingResult.Done, D("2022-12-01"), "T1.1"), Ct),
            "任务 T2 没有目标 T1.1", ProblemKind.Invalid);
        Refused(await Close.SubmitAsync(PlanId, "T9", EducationUnit, Kindergarten(ClosingResult.Done, null), Ct), "没有任务 T9", ProblemKind.NotFound);
        Ok(await Close.SubmitAsync(PlanId, "T2", EducationUnit, Kindergarten(ClosingResult.BasicallyDone, D("2023-01-05")), Ct));

        var t2 = (await Close.ReadAsync(PlanId, Ct))!.Task("T2")!;
        Assert.Equal((ClosingResult.BasicallyDone, (ClosingResult?)null, D("2023-01-05")), (t2.ByRule!.Value, t2.Result, t2.Targets[0].DoneOn));
    }

    [Fact]
    public async Task Scheme_SetByOfficeAudited_RankingByIt()
    {
        await PlanAsync();
        On("2023-01-10");
        Ok(await Close.OpenAsync(PlanId, Office, ct: Ct));
        Refused(await Close.SetSchemeAsync(PlanId, HrUnit, Domain.Assessment.ScoringScheme.Default, Ct), "只有督查室可以开启年底交账", ProblemKind.Forbidden);
        Refused(await Close.SetSchemeAsync(PlanId, Office, Domain.Assessment.ScoringScheme.Default with { Done = 120m }, Ct), "考核方案的分值须在0至100之间，权重须大于0", ProblemKind.Invalid);
        // No report sent all year and no deductions in this scheme: only results count.
        var scheme = Domain.Assessment.ScoringScheme.Default with { LateReport = 0m, RedHeld = 0m, NotDone = 40m };
        Ok(await Close.SetSchemeAsync(PlanId, Office, scheme, Ct));
        Assert.Equal(scheme with { SectionWeights = null }, await Close.SchemeAsync(PlanId, Ct) with { SectionWeights = null });
        Assert.Equal("closing.scheme", (await Ledger.HistoryAsync("plan", PlanId.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct))[0].Action);

        Ok(await Close.SubmitAsync(PlanId, "T1", HrUnit, Jobs(ClosingResult.BasicallyDone, "两场招聘会因疫情取消"), Ct));
        Ok(await Close.ConfirmAsync(PlanId, "T1", Office, ct: Ct));
        // 人社局: T1 基本完成 80; 教育局: T2 unconfirmed, counted as 未完成 40.
        var ranking = (await Close.RankAsync(PlanId, Ct))!;
        Assert.Equal([(Hr, 80m, 1), (Education, 40m, 2)], ranking.Select(u => (u.Unit, u.Final, u.Rank)));
    }
}

public sealed class SqliteClosingTests : ClosingTests<SqliteTestDatabase>;

public sealed class PostgresClosingTests : ClosingTests<PostgresTestDatabase>;
