using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;

namespace Luoshi.Bench.Ledger;

/// <summary>A target's twelve monthly values: around its linear trajectory at the target's own pace, with noise.
/// Values are whole numbers, or one decimal for rates, as units write them.</summary>
internal static class ProgressSeries
{
    /// <summary>The values of months 1–12 of <paramref name="target"/>.</summary>
    public static PeriodValue[] Of(Target target, ReportingCalendar calendar, Random rng)
    {
        var months = calendar.Periods.Count;
        var toDeadline = TargetEvaluator.PeriodOfDeadline(target.Deadline, calendar);
        var pace = Pace.Draw(rng);
        var values = new PeriodValue[months];
        switch (target.Measure)
        {
            case Measure.Cumulative:
                Amounts(values, target.Value!.Value / toDeadline, pace, rng);
                break;
            case Measure.Level:
                Levels(values, target, rng);
                break;
            case Measure.Ratio:
                Shares(values, target, toDeadline, pace, rng);
                break;
            case Measure.Milestone:
                Percents(values, calendar, toDeadline, pace, rng);
                break;
            default:
                throw new NotSupportedException($"the generator does not make {target.Measure} targets");
        }

        return values;
    }

    // Each month delivers its share of the goal at the target's pace.
    private static void Amounts(PeriodValue[] values, decimal perMonth, double pace, Random rng)
    {
        for (var k = 0; k < values.Length; k++)
        {
            var amount = Math.Round(perMonth * (decimal)(pace * Pace.Noise(rng)), 0);
            values[k] = new(amount, null, null, null);
        }
    }

    // A rate hovers around a level set by the target's band: within the goal, a little past it, or well past it.
    private static void Levels(PeriodValue[] values, Target target, Random rng)
    {
        var goal = target.Value!.Value;
        var ceiling = target.Comparator == Comparator.AtMost;
        var (low, high) = rng.Next(100) switch
        {
            < 55 => ceiling ? (0.85, 1.0) : (1.0, 1.08),
            < 80 => ceiling ? (1.0, 1.22) : (0.82, 1.0),
            _ => ceiling ? (1.28, 1.5) : (0.6, 0.78),
        };
        for (var k = 0; k < values.Length; k++)
        {
            var level = Math.Min(100m, Math.Round(goal * (decimal)Pace.Between(rng, low, high), 1));
            values[k] = new(level, null, null, null);
        }
    }

    // Villages meeting the standard out of all villages, climbing from last year's share towards the goal.
    private static void Shares(PeriodValue[] values, Target target, int toDeadline, double pace, Random rng)
    {
        var whole = rng.Next(40, 301);
        var start = (double)target.Baseline!.Value;
        var goal = (double)target.Value!.Value;
        for (var k = 0; k < values.Length; k++)
        {
            var percent = start + ((goal - start) * (k + 1) / toDeadline * pace * Pace.Between(rng, 0.95, 1.05));
            var part = Math.Clamp((int)Math.Round(whole * percent / 100), 0, whole);
            values[k] = new(null, part, whole, null);
        }
    }

    // Percent complete; the month it reaches 100 the project is done, on a day of that month.
    private static void Percents(PeriodValue[] values, ReportingCalendar calendar, int toDeadline, double pace, Random rng)
    {
        DateOnly? done = null;
        for (var k = 0; k < values.Length; k++)
        {
            var percent = Math.Min(100, (int)Math.Round(100.0 * (k + 1) / toDeadline * pace * Pace.Between(rng, 0.9, 1.0)));
            // Once done, every later report repeats the day it was done.
            done ??= percent >= 100 ? calendar[k + 1].Start.AddDays(rng.Next(0, 27)) : null;
            values[k] = new(done is null ? percent : 100, null, null, done);
        }
    }
}
