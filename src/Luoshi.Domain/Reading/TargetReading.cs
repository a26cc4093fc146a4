using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reading;

/// <summary>One target as of one day: the one truth every output renders (the status table, the ledger workbook, the
/// notice, pages, the API, the public page). Its figures, status and reason follow docs/evaluation.md from the facts
/// the ledger holds; nothing outside this type works them out again.</summary>
public sealed class TargetReading
{
    private readonly TargetFacts _facts;
    private readonly ReportingCalendar _calendar;
    private readonly StatusThresholds _thresholds;
    private IReadOnlyList<PeriodReading>? _periods;

    internal TargetReading(Plan plan, PlanTask task, Target target, TargetFacts facts, ReportingCalendar calendar, DateOnly asOf)
    {
        (Plan, Task, Target, _facts, _calendar, _thresholds, AsOf) = (plan, task, target, facts, calendar, plan.Thresholds, asOf);
        var declared = TargetGoal.Of(target);
        Goal = facts.Nature is { } nature ? declared with { Measure = BoundMeasure.Of(declared.Measure, nature) } : declared;
        Now = TargetEvaluator.Evaluate(Goal, calendar, facts.Values, facts.Reported, asOf, _thresholds);
    }

    /// <summary>The plan the target belongs to.</summary>
    public Plan Plan { get; }

    /// <summary>The task the target belongs to.</summary>
    public PlanTask Task { get; }

    /// <summary>The target as the plan states it.</summary>
    public Target Target { get; }

    /// <summary>The day the reading is as of.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The goal as it is evaluated: for a computed target, with the measure its indicator's values call for.</summary>
    public TargetGoal Goal { get; }

    /// <summary>The goal in a few characters (≥ 2000人次, 按期完成), by the measure it is evaluated with.</summary>
    public Words GoalWords => Catalogue.Goals.Of(Goal, Target.Unit);

    /// <summary>The measure the target is evaluated with.</summary>
    public Measure Measure => Goal.Measure;

    /// <summary>Where the target stands on <see cref="AsOf"/>.</summary>
    public TargetEvaluation Now { get; }

    /// <summary>The status on <see cref="AsOf"/>.</summary>
    public TargetStatus Status => Now.Status;

    /// <summary>The light of the status.</summary>
    public Light Light => StatusLights.Of(Now.Status);

    /// <summary>Where the values come from.</summary>
    public FigureSource Source => _facts.Source;

    /// <summary>Where the expected values come from.</summary>
    public ExpectationSource Expectation => Expectations.Of(Goal);

    /// <summary>For a computed target, how its value was computed; null for a reported one.</summary>
    public Words? Note => _facts.Note;

    /// <summary>The target's code (T16.1).</summary>
    public string Code => Target.Code;

    /// <summary>The period in which the deadline falls.</summary>
    public int DeadlinePeriod => TargetEvaluator.PeriodOfDeadline(Goal.Deadline, _calendar);

    /// <summary>Every period of the plan year: value, pending value, expected value and, once past due, the status as of
    /// the day after its due day. Worked out on first use: a status table needs none of it.</summary>
    public IReadOnlyList<PeriodReading> Periods => _periods ??= PeriodsOf();

    /// <summary>The projection line of the chart: from the latest period with an actual value to the deadline's period.</summary>
    public IReadOnlyList<decimal?> ProjectionLine()
    {
        var line = new decimal?[_calendar.Periods.Count];
        var last = Periods.LastOrDefault(p => p.ToDate is not null);
        if (last is not null && Now.Projected is { } end && DeadlinePeriod >= last.Period.Number)
        {
            line[last.Period.Number - 1] = last.ToDate;
            line[DeadlinePeriod - 1] = end;
        }

        return line;
    }

    private PeriodReading[] PeriodsOf()
    {
        var values = Started(_facts.Values);
        var byPeriod = PeriodEvaluations.Of(Goal, _calendar, values, _facts.Reported, _thresholds);
        var pastDue = _calendar.PastDue(AsOf);
        var readings = new PeriodReading[_calendar.Periods.Count];
        var counted = false;
        for (var p = 1; p <= readings.Length; p++)
        {
            var period = _calendar[p];
            var shown = Shown(values, p);
            counted |= shown is not null;
            var at = byPeriod[p - 1];
            var started = period.Start <= AsOf;
            readings[p - 1] = new PeriodReading(
                period,
                shown?.Value,
                shown?.DoneOn,
                started ? PendingOf(p) : null,
                at.Expected,
                p <= pastDue && counted ? at.Actual : null,
                p <= pastDue ? at.Status : null);
        }

        return readings;
    }

    // A period's value as people read it: a ratio reported as its parts shows as the percentage the evaluation reads.
    private static Observation? Shown(ReadOnlySpan<Observation> values, int period)
    {
        foreach (var o in values)
        {
            if (o.Period == period)
            {
                var value = o.Value ?? (o is { Numerator: { } n, Denominator: { } d } && d != 0 ? Math.Round(n / d * 100m, 2) : null);
                return o with { Value = value };
            }
        }

        return null;
    }

    private PendingValue? PendingOf(int period)
    {
        foreach (var pending in _facts.Pending)
        {
            if (pending.Period == period)
            {
                return pending;
            }
        }

        return null;
    }

    // Values of periods that had begun by the reading's day: a later report cannot have existed then.
    private Observation[] Started(Observation[] values)
    {
        var started = 0;
        while (started < _calendar.Periods.Count && _calendar.Periods[started].Start <= AsOf)
        {
            started++;
        }

        return Array.TrueForAll(values, o => o.Period <= started) ? values : Array.FindAll(values, o => o.Period <= started);
    }
}
