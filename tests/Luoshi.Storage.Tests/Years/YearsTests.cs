using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Access;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Domain.Years;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Lifecycle;

namespace Luoshi.Storage.Tests.Years;

/// <summary>Promises across years on a real database. 测试市 2022 is the sample plan (T1 人社局: 新增就业 ≥ 6000人, 培训 ≥
/// 2000人次; T2 教育局: 幼儿园投入使用); 测试市 2023 has T1 新增就业 ≥ 6500人 and 培训 ≥ 3000人 (人, not 人次) and T2
/// 城区空气质量优良率 ≥ 92%; 另一市 2022 repeats the sample. 2022 closes with T1 基本完成 (5600 of 6000 is 6.67% short, within
/// 10%; 2100 ≥ 2000 完成) and T2 未完成 (no day done).</summary>
public abstract class YearsTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Text2023 = "一、民生\n年内实现城镇新增就业6500人以上，培训3000人以上。\n城区空气质量优良率达92%以上。";

    private int _plan2023;
    private int _other;

    private async Task TwoYearsAsync()
    {
        await PlanAsync();
        var other = SamplePlans.Create();
        other.Region = "另一市";
        _other = (await Ledger.ImportPlanAsync(other, replace: false, Ct)).PlanId;
        _plan2023 = (await Ledger.ImportPlanAsync(Plan2023(Text2023), replace: false, Ct)).PlanId;
    }

    private async Task CloseAsync()
    {
        On("2023-01-10");
        Ok(await Ledger.Closing.OpenAsync(PlanId, Office, ct: Ct));
        Ok(await Ledger.Closing.SubmitAsync(PlanId, "T1", LifecycleActor.OfUnit(Hr), new ClosingSubmission(ClosingResult.BasicallyDone, "新增就业5600人", null,
            "两场招聘会因疫情取消", ["就业登记台账"], [new TargetFinal("T1.1", 5600m, null), new TargetFinal("T1.2", 2100m, null)]), Ct));
        Ok(await Ledger.Closing.SubmitAsync(PlanId, "T2", EducationUnit, new ClosingSubmission(ClosingResult.NotDone, "主体完工", null,
            "竣工验收推迟", ["施工日志"], []), Ct));
        Ok(await Ledger.Closing.ConfirmAsync(PlanId, "T1", Office, ct: Ct));
    }

    private static void Refused<T>(StoreResult<T> result, string zh, ProblemKind kind)
    {
        Assert.False(result.Succeeded);
        Assert.Equal((kind, zh), (result.Error!.Kind, result.Error.Message.Zh));
    }

    [Fact]
    public async Task Import_SuggestsMatchesByTheRuleWithinTheRegion()
    {
        await TwoYearsAsync();

        // T1.1 城镇新增就业 人 = 2022 T1.1; T1.2 培训 人 ≠ 职业技能培训 人次; T2.1 has no earlier subject.
        var matches = await Ledger.Years.MatchesAsync(_plan2023, Ct);
        Assert.Equal(
            [("T1.1", (int?)2022, "T1.1", "同一事项", "待确认"), ("T1.2", null, null, null, null), ("T2.1", null, null, null, null)],
            matches.Select(m => (m.Target, m.EarlierYear, m.Earlier, m.Rule, m.State)));
        Assert.Equal("≥ 6000人", matches[0].EarlierGoal);
        // 另一市's 2022 plan stays unmatched: only the same region is searched.
        Assert.Equal(1, await CountAsync("target_links"));
        Assert.Equal("years.suggest", (await Ledger.HistoryAsync("plan", _plan2023.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct))[0].Action);
        Assert.Empty(await Ledger.Years.SeriesAsync(_other, "T9.9", Ct));
    }

    [Fact]
    public async Task Carry_OnlyTheOfficeOnlyConfirmedNotDone_LinkedShownAndAudited()
    {
        await TwoYearsAsync();
        On("2023-01-09");
        Refused(await Ledger.Years.CarryOverAsync(PlanId, Office, null, Ct), "2022年度年底交账尚未开启，不能结转", ProblemKind.Conflict);
        await CloseAsync();

        Refused(await Ledger.Years.CarryOverAsync(PlanId, LifecycleActor.OfUnit(Education), null, Ct), "只有督查室可以决定结转和跨年度对应", ProblemKind.Forbidden);
        Refused(await Ledger.Years.CarryOverAsync(PlanId, new LifecycleActor(AccountRole.Leader), null, Ct), "领导账号只能查看，不能办理", ProblemKind.Forbidden);
        Refused(await Ledger.Years.CarryOverAsync(PlanId, Office, ["T2"], Ct), "任务 T2 的交账结果尚未确认，不能结转", ProblemKind.Conflict);
        Refused(await Ledger.Years.CarryOverAsync(PlanId, Office, ["T7"], Ct), "没有任务 T7", ProblemKind.NotFound);
        // Nothing is 未完成 yet: T1 is 基本完成 and T2 unconfirmed.
        Refused(await Ledger.Years.CarryOverAsync(PlanId, Office, null, Ct), "2022年度没有需要结转的任务（没有确认为“未完成”的任务）", ProblemKind.Conflict);
        Refused(await Ledger.Years.CarryOverAsync(_plan2023, Office, null, Ct), "2023年度年底交账尚未开启，不能结转", ProblemKind.Conflict);
        Assert.Equal(0, await CountAsync("carry_overs"));

        Ok(await Ledger.Closing.ConfirmAsync(PlanId, "T2", Office, ct: Ct));
        var candidates = (await Ledger.Years.CandidatesAsync(PlanId, Ct))!;
        Assert.Equal([("T1", "基本完成", false), ("T2", "未完成", true)], candidates.Select(c => (c.Task, c.Result!, c.ByDefault)));

        On("2023-01-13");
        var carried = await Ledger.Years.CarryOverAsync(PlanId, Office, null, Ct);
        Assert.True(carried.Succeeded, carried.Error?.ToString());
        Assert.Equal(["JZ1"], carried.Value!);
        Refused(await Ledger.Years.CarryOverAsync(PlanId, Office, ["T2"], Ct), "任务 T2 已结转为2023年度任务 JZ1", ProblemKind.Conflict);
        // 基本完成 carries when the office names it.
        Assert.Equal(["JZ2"], (await Ledger.Years.CarryOverAsync(PlanId, Office, ["T1"], Ct)).Value!);

        var plan = (await Ledger.FindPlanAsync(_plan2023, Ct))!;
        var jz1 = plan.Tasks.Single(t => t.Code == "JZ1");
        Assert.Equal(("JZ", Education, new DateOnly(2023, 12, 31), "确保幼儿园年内投入使用", false), (jz1.SectionCode, jz1.LeadUnit, jz1.Deadline, jz1.Text, jz1.UnitsSuggested));
        Assert.Equal(("JZ1.1", "幼儿园投入使用", new DateOnly(2023, 12, 31)), (jz1.Targets[0].Code, jz1.Targets[0].Subject, jz1.Targets[0].Deadline));
        Assert.Equal("2022年度结转任务", plan.Sections.Single(s => s.Code == "JZ").Title);
        Assert.Equal(["T1", "T2", "JZ1", "JZ2"], plan.Tasks.Select(t => t.Code));
        var origins = await Ledger.Years.OriginsAsync(_plan2023, Ct);
        Assert.Equal(new CarryOrigin("JZ1", 2022, PlanId, "T2", "未完成", "竣工验收推迟"), origins["JZ1"]);
        Assert.Equal(new CarryOrigin("JZ2", 2022, PlanId, "T1", "基本完成", "两场招聘会因疫情取消"), origins["JZ2"]);
        Assert.Equal((2, 2L), (candidates.Count, await CountAsync("carry_overs")));

        Assert.Equal("years.carry", (await Ledger.HistoryAsync("task", $"{_plan2023}/JZ1", Ct))[0].Action);
        Assert.Equal("years.carried", (await Ledger.HistoryAsync("task", $"{PlanId}/T2", Ct))[0].Action);

        // Carrying T1 took 2022 T1.1 and T1.2 for JZ2.1 and JZ2.2, confirmed; the suggestion of 2023 T1.1 gave way.
        var matches = await Ledger.Years.MatchesAsync(_plan2023, Ct);
        Assert.Equal(
            [("T1.1", null, null), ("T1.2", null, null), ("T2.1", null, null), ("JZ1.1", "T2.1", "结转任务"), ("JZ2.1", "T1.1", "结转任务"), ("JZ2.2", "T1.2", "结转任务")],
            matches.Select(m => (m.Target, m.Earlier, m.Rule)));

        // Re-importing the 2023 report keeps the carried tasks, last.
        Assert.Equal(PlanImportOutcome.Replaced, (await Ledger.ImportPlanAsync(Plan2023(Text2023 + "\n"), replace: true, Ct)).Outcome);
        Assert.Equal(["T1", "T2", "JZ1", "JZ2"], (await Ledger.FindPlanAsync(_plan2023, Ct))!.Tasks.Select(t => t.Code));
    }

    [Fact]
    public async Task Match_OfficeConfirmsCorrectsOrUnlinks_SeriesShowsEveryYear()
    {
        await TwoYearsAsync();
        await CloseAsync();
        On("2023-01-14");

        Refused(await Ledger.Years.DecideAsync(_plan2023, "T1.1", LifecycleActor.OfUnit(Hr), null, ct: Ct), "只有督查室可以决定结转和跨年度对应", ProblemKind.Forbidden);
        Refused(await Ledger.Years.DecideAsync(_plan2023, "T1.1", new LifecycleActor(AccountRole.Leader), null, ct: Ct), "领导账号只能查看，不能办理", ProblemKind.Forbidden);
        Refused(await Ledger.Years.DecideAsync(_plan2023, "T2.1", Office, null, ct: Ct), "请填写上年对应目标", ProblemKind.Invalid);
        Refused(await Ledger.Years.DecideAsync(_plan2023, "T2.1", Office, "T1.1", ct: Ct), "上年目标 T1.1 已对应本年目标 T1.1", ProblemKind.Conflict);
        Refused(await Ledger.Years.DecideAsync(_plan2023, "T2.1", Office, "T9.9", ct: Ct), "2022年度方案中没有目标 T9.9", ProblemKind.Invalid);
        Refused(await Ledger.Years.DecideAsync(_plan2023, "T8.1", Office, null, ct: Ct), "没有目标 T8.1", ProblemKind.NotFound);
        Refused(await Ledger.Years.DecideAsync(PlanId, "T1.1", Office, "T1.1", ct: Ct), "台账中没有测试市2022年以前的工作方案", ProblemKind.Conflict);

        Ok(await Ledger.Years.DecideAsync(_plan2023, "T1.1", Office, null, ct: Ct));
        // 培训 人 vs 职业技能培训 人次: the rule left it; the office names 2022 T1.2.
        Ok(await Ledger.Years.DecideAsync(_plan2023, "T1.2", Office, "T1.2", 2022, ct: Ct));
        var matches = await Ledger.Years.MatchesAsync(_plan2023, Ct);
        Assert.Equal([("T1.1", "T1.1", "同一事项", "已确认"), ("T1.2", "T1.2", "督查室指定", "已确认")],
            matches.Take(2).Select(m => (m.Target, m.Earlier!, m.Rule!, m.State!)));
        var audit = (await Ledger.HistoryAsync("target", $"{_plan2023}/T1.2", Ct))[0];
        Assert.Equal("years.match", audit.Action);
        Assert.Contains("2022:T1.2", audit.After, StringComparison.Ordinal);

        // 2022: 5600 of ≥ 6000人 基本完成 (confirmed); 2023 not closed.
        var series = await Ledger.Years.SeriesAsync(_plan2023, "T1.1", Ct);
        Assert.Equal(
            [new YearPoint(2022, PlanId, "T1.1", "≥ 6000人", "人", 5600m, "基本完成", true), new YearPoint(2023, _plan2023, "T1.1", "≥ 6500人", "人", null, null, false)],
            series);
        // The same series read from the 2022 end.
        Assert.Equal(series, await Ledger.Years.SeriesAsync(PlanId, "T1.1", Ct));
        Assert.Equal((2100m, "完成"), ((await Ledger.Years.SeriesAsync(_plan2023, "T1.2", Ct))[0].Final!.Value, (await Ledger.Years.SeriesAsync(_plan2023, "T1.2", Ct))[0].Result!));

        Ok(await Ledger.Years.DecideAsync(_plan2023, "T1.2", Office, null, none: true, ct: Ct));
        Assert.Single(await Ledger.Years.SeriesAsync(_plan2023, "T1.2", Ct));
        Assert.Equal("years.unmatch", (await Ledger.HistoryAsync("target", $"{_plan2023}/T1.2", Ct))[0].Action);
        Assert.Equal(1, await CountAsync("target_links"));
    }

    [Fact]
    public async Task LastYear_ForADraftsKeys_TheClosedResultOfTheSamePromise()
    {
        await TwoYearsAsync();
        await CloseAsync();
        var last = await Ledger.Years.LastYearAsync(SamplePlans.Region, 2023,
            [new TargetMatching.Key("T5.1", "城镇 新增就业", "人", null), new TargetMatching.Key("T5.2", "职业技能培训", "人", null)], Ct);
        Assert.Equal(new YearPoint(2022, PlanId, "T1.1", "≥ 6000人", "人", 5600m, "基本完成", true), Assert.Single(last).Value);
    }

    private static Plan Plan2023(string text)
    {
        var plan = new Plan
        {
            Region = SamplePlans.Region, Year = 2023, SourceName = "report-2023.txt", SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(Task("T1", "年内实现城镇新增就业6500人以上，培训3000人以上", Cumulative("T1.1", "城镇新增就业", 6500m, "人"), Cumulative("T1.2", "培训", 3000m, "人")));
        plan.Tasks.Add(Task("T2", "城区空气质量优良率达92%以上", new Target
        {
            Code = "T2.1", Text = "城区空气质量优良率达92%以上", Subject = "城区空气质量优良率", Kind = TargetKind.Share, Comparator = Comparator.AtLeast,
            Value = 92m, Unit = "%", Measure = Measure.Level, Deadline = new DateOnly(2023, 12, 31),
        }));
        return plan;
    }

    private static PlanTask Task(string code, string text, params Target[] targets) => new()
    {
        Code = code, SectionCode = "S1", Text = text, LeadUnit = "人社局", UnitsSuggested = true, Deadline = new DateOnly(2023, 12, 31), Targets = [.. targets],
    };

    private static Target Cumulative(string code, string subject, decimal value, string unit) => new()
    {
        Code = code, Text = subject + value, Subject = subject, Kind = TargetKind.Numeric, Comparator = Comparator.AtLeast, Value = value, Unit = unit,
        Measure = Measure.Cumulative, Deadline = new DateOnly(2023, 12, 31),
    };

}

public sealed class SqliteYearsTests : YearsTests<SqliteTestDatabase>;

public sealed class PostgresYearsTests : YearsTests<PostgresTestDatabase>;
