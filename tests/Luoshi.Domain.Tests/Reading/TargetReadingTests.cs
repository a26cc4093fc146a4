using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Tests.Reading;

/// <summary>A plan read as of a day from its facts: figures, periods, narratives and the standings, worked out by hand.</summary>
public sealed class TargetReadingTests
{
    private static Plan Plan()
    {
        var training = new Target
        {
            Id = 11, TaskId = 1, Code = "T1.1", Text = "实施职业技能培训2000人次以上", Subject = "职业技能培训", Kind = TargetKind.Numeric,
            Comparator = Comparator.AtLeast, Value = 2000, Unit = "人次", Measure = Measure.Cumulative, Deadline = new DateOnly(2022, 12, 31),
        };
        var air = new Target
        {
            Id = 21, TaskId = 2, Code = "T2.1", Text = "城区空气质量优良率达90%以上", Subject = "城区空气质量优良率", Kind = TargetKind.Share,
            Comparator = Comparator.AtLeast, Value = 90, Unit = "%", Measure = Measure.Ratio, Deadline = new DateOnly(2022, 12, 31),
            Binding = new IndicatorBinding("air.good-day-share", "城区"),
        };
        return new Plan
        {
            Id = 1, Region = "测试县", Year = 2022, SourceName = "r.txt", SourceText = "", SourceHash = "",
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1 }],
            Tasks =
            [
                new PlanTask { Id = 1, Code = "T1", SectionCode = "S1", Text = training.Text, LeadUnit = "人社局", Deadline = training.Deadline, Targets = [training] },
                new PlanTask { Id = 2, Code = "T2", SectionCode = "S1", Text = air.Text, LeadUnit = "生态环境局", Deadline = air.Deadline, Targets = [air] },
                new PlanTask { Id = 3, Code = "T3", SectionCode = "S1", Text = "深化营商环境改革", LeadUnit = "财政局", Deadline = air.Deadline },
            ],
        };
    }

    private static PlanFacts Facts() => new(
        new Dictionary<int, TargetFacts>
        {
            // January 150 and February 160 approved, March 170 awaiting review.
            [11] = new([new Observation(1, 150), new Observation(2, 160)], [new PendingValue(3, 170, null, null, null)], new PeriodSet(0).With(1).With(2).With(3)),
            // The indicator's shares at each month's end, a level held all year.
            [21] = new([new Observation(1, 92m), new Observation(2, 91m), new Observation(3, 88m)], [], new PeriodSet(0b1111_1111_1111),
                FigureSource.Computed, ValueNature.Level, Words.Same("HJ 633-2012")),
        },
        // T1's January (on time), February (late) and March reports were sent; T3's January report was returned, so
        // it is not among the sent.
        new Dictionary<int, IReadOnlyList<SentReport>>
        {
            [1] =
            [
                new SentReport(1, "人社局", new DateTimeOffset(2022, 1, 27, 9, 0, 0, TimeSpan.FromHours(8))),
                new SentReport(2, "人社局", new DateTimeOffset(2022, 3, 2, 9, 0, 0, TimeSpan.FromHours(8))),
                new SentReport(3, "人社局", new DateTimeOffset(2022, 3, 25, 9, 0, 0, TimeSpan.FromHours(8))),
            ],
        },
        new Dictionary<int, IReadOnlyList<TaskNarrative>>
        {
            [1] =
            [
                new TaskNarrative(1, 1, ReportState.Approved, "一月培训150人次", "", ""),
                new TaskNarrative(2, 2, ReportState.Approved, "二月培训160人次", "", ""),
                new TaskNarrative(3, 3, ReportState.Submitted, "三月培训170人次", "", ""),
            ],
        });

    private static PlanReading On(string day) => PlanReading.Of(Plan(), Facts(), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Cumulative_April1_ApprovedCountPendingShownNotCounted()
    {
        var t = On("2022-04-01").Target("T1.1")!;

        // Three months past due: 150 + 160 = 310 approved against 2,000 × 3/12 = 500 → 0.62 → at risk.
        Assert.Equal((TargetStatus.AtRisk, 310m, 500m), (t.Status, t.Now.Actual, t.Now.Expected));
        Assert.Equal([150m, 160m, null], t.Periods.Take(3).Select(p => p.Value));
        Assert.Equal(170m, t.Periods[2].Pending?.Value);
        // Each past-due period as of the day after its due day: January 150 of 166.67 (0.9) behind, February 310 of
        // 333.33 (0.93) behind, March still 310 of 500 at risk; April not yet due.
        Assert.Equal([TargetStatus.Behind, TargetStatus.Behind, TargetStatus.AtRisk, null], t.Periods.Take(4).Select(p => p.Status));
        Assert.Equal([150m, 310m, 310m, null], t.Periods.Take(4).Select(p => p.ToDate));
        Assert.Equal((FigureSource.Reported, ExpectationSource.Linear, Light.Red), (t.Source, t.Expectation, t.Light));
    }

    [Fact]
    public void ComputedShare_DeclaredALevel_ExpectedAtItsGoalFromTheFirstMonth()
    {
        var t = On("2022-04-01").Target("T2.1")!;

        // A share of good days held all year: the goal 90 is expected in January already (a line from 0 would expect 22.5
        // in March). March's 88 of 90 = 0.98 → behind.
        Assert.Equal((Measure.Level, TargetStatus.Behind, 88m, 90m), (t.Measure, t.Status, t.Now.Actual, t.Now.Expected));
        Assert.Equal([90m, 90m, 90m], t.Periods.Take(3).Select(p => p.Expected));
        Assert.Equal((FigureSource.Computed, ExpectationSource.HeldGoal, "HJ 633-2012"), (t.Source, t.Expectation, t.Note?.Zh));
        Assert.Equal("≥ 90%", t.GoalWords.Zh);
    }

    [Fact]
    public void ReportsOfLaterPeriods_IgnoredOnAnEarlierDay()
    {
        var t = On("2022-02-15").Target("T1.1")!;

        // Only January is past due; February's approved 160 began on 1 February and shows, March's pending does not.
        Assert.Equal((150m + 160m, 166.67m), (t.Now.Actual, decimal.Round(t.Now.Expected!.Value, 2)));
        Assert.Null(t.Periods[2].Pending);
        Assert.Equal(2, On("2022-02-15").Task("T1")!.Narratives.Count);
    }

    [Fact]
    public void Narratives_LatestSentAndLatestApproved()
    {
        var t1 = On("2022-04-01").Task("T1")!;

        Assert.Equal("三月培训170人次", t1.LatestSent?.Progress);
        Assert.Equal("二月培训160人次", t1.LatestApproved(3)?.Progress);
        Assert.Equal("一月培训150人次", t1.LatestApproved(1)?.Progress);
    }

    [Fact]
    public void Standings_ReturnedReportIsOverdue_AsTheEvaluationSays()
    {
        var reading = On("2022-02-01");

        // January is past due: T3's report was returned and not sent again, so it is overdue like one never sent; T2
        // owes its words for January too, though its figure is computed and never "not reported".
        Assert.Equal([("T2", 1, 4), ("T3", 1, 4)], reading.Overdue.Select(o => (o.TaskCode, o.Period, o.DaysLate)));
        // T1.1: February has begun, so its approved 160 counts: 310 of 166.67, green; T2.1 92 of 90, green.
        Assert.Equal((2, 2, 0, 0), (reading.Totals.Targets, reading.Totals.Green, reading.Totals.Yellow, reading.Totals.Red));
        // Ranking: 人社局 sent January on time (27th); 生态环境局 sent nothing and 财政局's return does not count: tied, by name.
        Assert.Equal([("人社局", 1, 1), ("生态环境局", 2, 0), ("财政局", 2, 0)], reading.Units.Select(u => (u.Unit, u.Rank, u.ReportsOnTime)));
    }
}
