using System.Globalization;
using System.Text;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;

namespace Luoshi.Cli.Demo;

/// <summary>Writes a seeded year of believable progress (演示数据) for a plan as a progress CSV: each task keeps its own
/// pace around the trajectory, a few units are late, a few reports await review, so every status shows up. Each
/// report is sent on its own day (<see cref="DemoReportDays"/>): one file per day, imported on that day.</summary>
internal static class DemoProgress
{
    public const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state";

    public static IReadOnlyList<(DateOnly Day, string Csv)> Csv(Plan plan, int throughPeriod, DateOnly asOf, int seed)
    {
        var random = new Random(seed);
        // The days come from a random of their own, so the values stay those of the seed.
        var days = new Random(seed + 5);
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var files = new SortedDictionary<DateOnly, StringBuilder>();
        foreach (var task in plan.Tasks.Where(t => t.Targets.Count > 0 && t.LeadUnit is not null))
        {
            var pace = 0.7 + (random.NextDouble() * 0.6); // 70%–130% of the straight line
            var late = random.NextDouble() < 0.15; // this unit has not sent its latest report
            var lastPeriod = late ? throughPeriod - 1 : throughPeriod;
            for (var period = 1; period <= lastPeriod; period++)
            {
                var state = period == lastPeriod && random.NextDouble() < 0.3 ? "submitted" : "approved";
                var rows = task.Targets.Select(target => Row(task, target, plan.Year, period, pace, random, state)).ToList();
                if (DemoReportDays.SentOn(task.LeadUnit!, calendar[period], asOf, days) is { } day)
                {
                    var csv = files.TryGetValue(day, out var file) ? file : files[day] = new StringBuilder(Header).Append('\n');
                    rows.ForEach(r => csv.Append(r).Append('\n'));
                }
            }
        }

        return [.. files.Select(f => (f.Key, f.Value.ToString()))];
    }

    private static string Row(PlanTask task, Target target, int year, int period, double pace, Random random, string state)
    {
        var (value, numerator, denominator, doneOn) = Values(target, year, period, pace, random);
        return string.Join(',',
            task.Code, target.Code, period.ToString(CultureInfo.InvariantCulture), Quote(task.LeadUnit!), value, numerator, denominator, doneOn,
            Quote($"演示数据：{target.Subject}按计划推进"), Quote(pace < 0.9 ? "进度偏慢，资金和用地要素待落实" : "无"),
            Quote("继续按月调度，确保完成年度目标"), state);
    }

    private static (string Value, string Numerator, string Denominator, string DoneOn) Values(
        Target target, int year, int period, double pace, Random random)
    {
        var goal = (double)(target.Value ?? 100m);
        var noise = 0.9 + (random.NextDouble() * 0.2);
        // Seeded values keep the value rule every channel keeps: whole people, shares within 0–100.
        var range = ValueRule.Of(target, year).Range(ValueField.Value);
        string Number(double value) => Fit(range, value);
        return target.Measure switch
        {
            // A countable amount is reported as whole numbers: rounding each month's share of a small goal (6 mechanisms
            // a year) would report 0 every month, so a month reports what the rounded running total grew by.
            Measure.Cumulative when range.Whole => (Number(Math.Round(goal * period / 12 * pace * noise) - Math.Round(goal * (period - 1) / 12 * pace * noise)), "", "", ""),
            Measure.Cumulative => (Number(goal / 12 * pace * noise), "", "", ""),
            Measure.Ratio => ("", Number(Math.Min(100, goal * period / 12 * pace * noise)), "100", ""),
            Measure.Milestone when pace * period / 12 >= 1 => ("100", "", "", $"{year}-{period:00}-15"),
            Measure.Milestone => (Number(Math.Min(99, 100.0 * period / 12 * pace)), "", "", ""),
            Measure.BottomLine => (pace < 0.72 && period == 3 ? "1" : "0", "", "", ""),
            Measure.Direction => (Number(100 * (0.95 + (pace * 0.1))), "", "", ""),
            _ when target.Comparator == Comparator.AtMost => (Number(goal * (0.88 + ((1.3 - pace) * 0.3))), "", "", ""),
            _ => (Number(goal * (0.9 + (pace * 0.15))), "", "", ""),
        };
    }

    private static string Fit(ValueRange range, double value)
    {
        var fitted = Math.Clamp(Math.Round((decimal)value, range.Whole ? 0 : 2), range.Min, range.Max);
        return fitted.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
