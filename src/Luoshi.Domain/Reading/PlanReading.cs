using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Standings;

namespace Luoshi.Domain.Reading;

/// <summary>A plan as of one day: every task and target read from the ledger's facts by one set of rules, and the
/// standings made from them. Every output of the product — <c>luoshi status</c>, the 台账 workbook, the quarterly
/// notice, the web pages, the API, the public page, the offline template — renders this and computes nothing itself.</summary>
public sealed class PlanReading
{
    private IReadOnlyList<OverdueReport>? _overdue;
    private IReadOnlyList<UnitStanding>? _units;
    private IReadOnlyList<SectionStatus>? _sections;

    private PlanReading(Plan plan, DateOnly asOf, IReadOnlyList<TaskReading> tasks)
    {
        (Plan, AsOf, Tasks) = (plan, asOf, tasks);
        Calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        Targets = [.. tasks.SelectMany(t => t.Targets)];
        Totals = StatusCounts.Count(Targets.Select(t => t.Status));
    }

    /// <summary>The plan with its sections, tasks and targets.</summary>
    public Plan Plan { get; }

    /// <summary>The day of the reading.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The plan's reporting periods.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Every task, in the plan's order.</summary>
    public IReadOnlyList<TaskReading> Tasks { get; }

    /// <summary>Every target, in the plan's order.</summary>
    public IReadOnlyList<TargetReading> Targets { get; }

    /// <summary>The targets by status.</summary>
    public StatusCounts Totals { get; }

    /// <summary>The tasks by status (every task counted once, with or without a target).</summary>
    public IReadOnlyDictionary<Lifecycle.TaskStatusKind, int> TaskTotals =>
        Tasks.GroupBy(t => t.Status.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Each report section's targets by status, in the plan's order.</summary>
    public IReadOnlyList<SectionStatus> Sections => _sections ??= PlanStandings.Sections(Plan, Targets);

    /// <summary>The reports past due and not sent, longest overdue first.</summary>
    public IReadOnlyList<OverdueReport> Overdue => _overdue ??= PlanStandings.Overdue(Plan, AsOf, Tasks);

    /// <summary>The lead units' ranking.</summary>
    public IReadOnlyList<UnitStanding> Units => _units ??= PlanStandings.Units(Plan, AsOf, Tasks, Overdue);

    /// <summary>The reading of the target with <paramref name="code"/>, or null.</summary>
    public TargetReading? Target(string code) => Targets.FirstOrDefault(t => t.Code == code);

    /// <summary>The reading of the task with <paramref name="code"/>, or null.</summary>
    public TaskReading? Task(string code) => Tasks.FirstOrDefault(t => t.Code == code);

    /// <summary>Reads <paramref name="plan"/> as of <paramref name="asOf"/> from <paramref name="facts"/>. An
    /// <paramref name="earlier"/> reading of the same plan object on the same day lends every task whose facts are the
    /// same (<see cref="TaskInputs"/>): the rules are pure, so its reading would come out the same.</summary>
    public static PlanReading Of(Plan plan, PlanFacts facts, DateOnly asOf, PlanReading? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(facts);
        var kept = earlier is not null && ReferenceEquals(earlier.Plan, plan) && earlier.AsOf == asOf ? earlier.Tasks : null;
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var sections = plan.Sections.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var tasks = new TaskReading[plan.Tasks.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var task = plan.Tasks[i];
            var inputs = TaskInputs.Of(task, facts);
            tasks[i] = kept?[i] is { Inputs: { } before } same && before.SameAs(inputs)
                ? same
                : Read(plan, task, sections.GetValueOrDefault(task.SectionCode), inputs, calendar, asOf);
        }

        return new PlanReading(plan, asOf, tasks);
    }

    private static TaskReading Read(Plan plan, PlanTask task, Section? section, TaskInputs inputs, ReportingCalendar calendar, DateOnly asOf)
    {
        var targets = new List<TargetReading>(task.Targets.Count);
        for (var t = 0; t < task.Targets.Count; t++)
        {
            targets.Add(new TargetReading(plan, task, task.Targets[t], inputs.Targets[t], calendar, asOf));
        }

        var narratives = inputs.Narratives is { } said
            ? said.Where(n => calendar[n.Period].Start <= asOf).OrderBy(n => n.Period).ToList()
            : [];
        var sent = inputs.Sent is { } reports
            ? reports.Where(r => calendar[r.Period].Start <= asOf).OrderBy(r => r.Period).ToList()
            : [];
        var status = TaskProgressRule.Of(targets, sent, inputs.Lifecycle, task.LeadUnit is not null, task.Deadline, calendar, asOf);
        return new TaskReading(task, section, targets, sent, narratives, inputs.Lifecycle, status) { Inputs = inputs };
    }
}
