using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;

namespace Luoshi.Bench.Ledger;

/// <summary>Every target of a ledger with what the evaluation reads about it — its goal, its approved values and the
/// months reported — laid out in arrays, so that measuring the evaluation measures the rules and nothing else.</summary>
internal sealed class InMemoryLedger
{
    private readonly List<TargetGoal> _goals = [];
    private readonly List<Observation[]> _approved = [];
    private readonly List<PeriodSet> _reported = [];
    private readonly List<ReportingCalendar> _calendars = [];
    private readonly List<StatusThresholds> _thresholds = [];

    /// <summary>"region/target code" of each target, in evaluation order: the key other evaluations are compared by.</summary>
    public List<string> Keys { get; } = [];

    /// <summary>Targets held.</summary>
    public int Count => Keys.Count;

    /// <summary>The generated ledger of <paramref name="shape"/> with its full year of progress.</summary>
    public static InMemoryLedger Of(LedgerShape shape)
    {
        var ledger = new InMemoryLedger();
        var index = 0;
        foreach (var plan in ProvinceLedger.Plans(shape))
        {
            ledger.Add(plan, ProvinceLedger.Progress(plan, index++));
        }

        return ledger;
    }

    /// <summary>Adds a plan's targets with the values of its approved rows and the months of its reported rows.</summary>
    public void Add(Plan plan, IEnumerable<ProgressRow> rows)
    {
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var first = Keys.Count;
        var slots = new Dictionary<string, int>();
        foreach (var target in plan.Tasks.SelectMany(t => t.Targets))
        {
            slots.Add(target.Code, Keys.Count - first);
            Keys.Add($"{plan.Region}/{target.Code}");
            _goals.Add(TargetGoal.Of(target));
            _reported.Add(default);
            _calendars.Add(calendar);
            _thresholds.Add(plan.Thresholds);
        }

        var approved = new List<Observation>[slots.Count];
        for (var i = 0; i < approved.Length; i++)
        {
            approved[i] = [];
        }

        foreach (var row in rows)
        {
            var slot = slots[row.Target];
            if (ReportWorkflow.CountsAsReported(row.State))
            {
                _reported[first + slot] = _reported[first + slot].With(row.Period);
            }

            if (row.State == ReportState.Approved)
            {
                var v = row.Value;
                approved[slot].Add(new Observation(row.Period, v.Value, v.Numerator, v.Denominator, v.DoneOn));
            }
        }

        _approved.AddRange(approved.Select(a => a.ToArray()));
    }

    /// <summary>The status of every target as of <paramref name="asOf"/>, in <see cref="Keys"/> order.</summary>
    public TargetStatus[] Evaluate(DateOnly asOf)
    {
        var statuses = new TargetStatus[Count];
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] = TargetEvaluator.Evaluate(_goals[i], _calendars[i], _approved[i], _reported[i], asOf, _thresholds[i]).Status;
        }

        return statuses;
    }
}
