using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;

namespace Luoshi.Domain.Tests.Lifecycle;

/// <summary>A task's status as of a day, each worked out by hand on a 2022 plan whose monthly reports are due on the
/// 28th: T1 has a cumulative target (2,000 by year end), T3 "深化营商环境改革" has none.</summary>
public sealed class TaskProgressRuleTests
{
    private static DateOnly D(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    private static Plan Plan(DateOnly? t3Deadline = null)
    {
        var training = new Target
        {
            Id = 11, TaskId = 1, Code = "T1.1", Text = "实施职业技能培训2000人次以上", Subject = "职业技能培训", Kind = TargetKind.Numeric,
            Comparator = Comparator.AtLeast, Value = 2000, Unit = "人次", Measure = Measure.Cumulative, Deadline = D("2022-12-31"),
        };
        return new Plan
        {
            Id = 1, Region = "测试县", Year = 2022, SourceName = "r.txt", SourceText = "", SourceHash = "",
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1 }],
            Tasks =
            [
                new PlanTask { Id = 1, Code = "T1", SectionCode = "S1", Text = training.Text, LeadUnit = "人社局", Deadline = training.Deadline, Targets = [training] },
                new PlanTask { Id = 3, Code = "T3", SectionCode = "S1", Text = "深化营商环境改革", LeadUnit = "财政局", Deadline = t3Deadline ?? D("2022-12-31") },
            ],
        };
    }

    private static IReadOnlyList<SentReport> Sent(string unit, int through) =>
        [.. Enumerable.Range(1, through).Select(p => new SentReport(p, unit, new DateTimeOffset(2022, p, 20, 9, 0, 0, TimeSpan.FromHours(8))))];

    private static TaskLifecycle Life(
        string assigned = "2022-02-20", string signDue = "2022-02-23", string? signed = "2022-02-22", IReadOnlyList<Milestone>? milestones = null,
        IReadOnlyList<Extension>? extensions = null, string? closeRequested = null, string? closed = null) =>
        new(closed is null ? TaskStage.UnderWay : TaskStage.Closed, D(assigned), D(signDue), signed is null ? null : D(signed),
            closeRequested is null ? null : D(closeRequested), closed is null ? null : D(closed), closed is null ? null : "督查室",
            D("2022-12-31"), milestones ?? [], extensions ?? [], []);

    private static Milestone M(int n, string due, string? done = null) =>
        new(n, n, $"节点{n}", D(due), "验收材料", MilestoneState.Approved, D("2022-02-25"), D("2022-03-01"), DoneOn: done is null ? null : D(done));

    private static TaskProgress T3(string asOf, TaskLifecycle? life, int sentThrough = 12, DateOnly? deadline = null, IReadOnlyDictionary<int, TargetFacts>? targets = null)
    {
        var facts = new PlanFacts(
            targets ?? new Dictionary<int, TargetFacts>(),
            new Dictionary<int, IReadOnlyList<SentReport>> { [1] = Sent("人社局", 12), [3] = Sent("财政局", sentThrough) },
            null,
            life is null ? null : new Dictionary<int, TaskLifecycle> { [3] = life, [1] = life });
        return PlanReading.Of(Plan(deadline), facts, D(asOf)).Task("T3")!.Status;
    }

    [Fact]
    public void Of_AssignedBeforeNationalDayUnsigned_NotSignedLateAfterLimit()
    {
        // Assigned Thu 29 Sep 2022 with 3 working days: the limit is Sun 9 Oct (WorkingDaysTests); on 10 Oct, 1 day late.
        var life = Life(assigned: "2022-09-29", signDue: "2022-10-09", signed: null);
        Assert.Equal((TaskStatusKind.NotSigned, 0), (T3("2022-10-09", life).Kind, T3("2022-10-09", life).DaysBehind));
        var late = T3("2022-10-10", life);
        Assert.Equal((TaskStatusKind.NotSigned, 1), (late.Kind, late.DaysBehind));
        Assert.Equal("逾期未签收，签收时限 2022-10-09，已逾期 1 天", late.Detail.Zh);
    }

    [Fact]
    public void Of_NoLifecycleReportsAllSent_OnSchedule() =>
        Assert.Equal(TaskStatusKind.OnSchedule, T3("2022-10-10", null).Kind);

    [Fact]
    public void Of_SeptemberReportMissing_NotReportedTwelveDays()
    {
        // Nine periods are past due on 10 Oct; September's, due 28 Sep, is missing: 12 days.
        var status = T3("2022-10-10", null, sentThrough: 8);
        Assert.Equal((TaskStatusKind.NotReported, 12), (status.Kind, status.DaysBehind));
        Assert.Equal("2022年9月的报告逾期未报", status.Detail.Zh);
    }

    [Fact]
    public void Of_MilestoneDoneEarly_Ahead()
    {
        var life = Life(milestones: [M(1, "2022-09-30", done: "2022-09-20"), M(2, "2022-10-31", done: "2022-10-05"), M(3, "2022-12-20")]);
        var status = T3("2022-10-10", life);
        Assert.Equal((TaskStatusKind.Ahead, "1 个节点提前完成"), (status.Kind, status.Detail.Zh));
    }

    [Fact]
    public void Of_MilestonesOnTime_OnSchedule()
    {
        var life = Life(milestones: [M(1, "2022-09-30", done: "2022-09-20"), M(2, "2022-10-31")]);
        var status = T3("2022-10-10", life);
        Assert.Equal((TaskStatusKind.OnSchedule, "节点完成 1/2，无逾期节点"), (status.Kind, status.Detail.Zh));
    }

    [Fact]
    public void Of_MilestoneFiveDaysPastDue_BehindFiveDays()
    {
        // Milestone 2 was due 31 Oct; on 5 Nov it is 5 days late.
        var life = Life(milestones: [M(1, "2022-09-30", done: "2022-09-20"), M(2, "2022-10-31")]);
        var status = T3("2022-11-05", life);
        Assert.Equal((TaskStatusKind.Behind, 5), (status.Kind, status.DaysBehind));
        Assert.Equal("节点2“节点2”应于 2022-10-31 完成，已逾期 5 天", status.Detail.Zh);
        Assert.Equal("欠进度（5 天）", status.Label.Zh);
    }

    [Fact]
    public void Of_DeadlinePassedTenDays_BehindTen() =>
        Assert.Equal(10, T3("2022-07-10", null, deadline: D("2022-06-30")).DaysBehind);

    [Fact]
    public void Of_MilestonesAllDone_Done()
    {
        var life = Life(milestones: [M(1, "2022-09-30", done: "2022-09-20"), M(2, "2022-10-31", done: "2022-10-05")]);
        Assert.Equal((TaskStatusKind.Done, "目标全部完成，节点全部完成"), (T3("2022-10-10", life).Kind, T3("2022-10-10", life).Detail.Zh));
    }

    [Fact]
    public void Of_CloseRequestedThenClosed_DoneThenClosed()
    {
        var life = Life(milestones: [M(1, "2022-09-30", done: "2022-09-20")], closeRequested: "2022-12-15", closed: "2022-12-20");
        Assert.Equal(TaskStatusKind.Done, T3("2022-12-10", life).Kind);
        Assert.Equal(("2022-12-15 申请办结，待复核", TaskStatusKind.Done), (T3("2022-12-19", life).Detail.Zh, T3("2022-12-19", life).Kind));
        Assert.Equal(("2022-12-20 复核销号（督查室）", TaskStatusKind.Closed), (T3("2022-12-20", life).Detail.Zh, T3("2022-12-20", life).Kind));
    }

    [Fact]
    public void Of_ExtensionGrantedOnFirstNovember_ExtendedFromThatDay()
    {
        var extension = new Extension(1, D("2022-10-20"), "资金未到位", D("2022-12-31"), D("2023-03-31"), ExtensionState.Granted, D("2022-11-01"));
        var life = Life(milestones: [M(1, "2022-10-31", done: "2022-10-30"), M(2, "2022-12-15")], extensions: [extension]);
        Assert.Equal(TaskStatusKind.OnSchedule, T3("2022-10-31", life).Kind);
        var status = T3("2022-11-01", life);
        Assert.Equal((TaskStatusKind.Extended, "原完成时限 2022-12-31，经批准延期至 2023-03-31"), (status.Kind, status.Detail.Zh));
    }

    [Fact]
    public void Of_TargetAtRisk_BehindNamingTarget()
    {
        // T1.1: 150 + 160 approved by 1 April against 500 expected → at risk; no day count, the target says how far.
        var targets = new Dictionary<int, TargetFacts> { [11] = new([new Observation(1, 150), new Observation(2, 160), new Observation(3, 0)], [], new PeriodSet(0b111)) };
        var facts = new PlanFacts(targets, new Dictionary<int, IReadOnlyList<SentReport>> { [1] = Sent("人社局", 3) });
        var status = PlanReading.Of(Plan(), facts, D("2022-04-01")).Task("T1")!.Status;
        Assert.Equal((TaskStatusKind.Behind, 0), (status.Kind, status.DaysBehind));
        Assert.StartsWith("T1.1：实际 310，应达 500", status.Detail.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskTotals_TwoTasks_EachCountedOnce()
    {
        var reading = PlanReading.Of(Plan(), new PlanFacts(new Dictionary<int, TargetFacts>(), new Dictionary<int, IReadOnlyList<SentReport>>()), D("2022-01-10"));
        // Nothing past due on 10 Jan; T1's target has no value yet and T3 has nothing to measure: both on schedule.
        Assert.Equal(2, reading.TaskTotals.Values.Sum());
    }
}
