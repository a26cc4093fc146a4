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

    /// <summary>Reads <paramref name="plan"/> as of <paramref name="asOf"/> from <paramref name="facts"/>.</summary>
    public static PlanReading Of(Plan plan, PlanFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(facts);
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var sections = plan.Sections.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var tasks = new TaskReading[plan.Tasks.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var task = plan.Tasks[i];
            var targets = task.Targets
                .Select(t => new TargetReading(plan, task, t, facts.Targets.GetValueOrDefault(t.Id) ?? TargetFacts.None, calendar, asOf))
                .ToList();
            var narratives = facts.Narratives?.GetValueOrDefault(task.Id) is { } said
                ? said.Where(n => calendar[n.Period].Start <= asOf).OrderBy(n => n.Period).ToList()
                : [];
            var sent = facts.Sent.GetValueOrDefault(task.Id) is { } reports
                ? reports.Where(r => calendar[r.Period].Start <= asOf).OrderBy(r => r.Period).ToList()
                : [];
            var life = facts.Lifecycles?.GetValueOrDefault(task.Id);
            var status = TaskProgressRule.Of(targets, sent, life, task.LeadUnit is not null, task.Deadline, calendar, asOf);
            tasks[i] = new TaskReading(task, sections.GetValueOrDefault(task.SectionCode), targets, sent, narratives, life, status);
        }

        return new PlanReading(plan, asOf, tasks);
    }
}
