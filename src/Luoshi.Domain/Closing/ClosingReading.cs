using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Closing;

/// <summary>One target at year end: its final value (a computed target's from the data, by the standard named; a
/// reported one's as the lead unit gave it, else the year's approved value) and what the rule makes of it.</summary>
/// <param name="Standard">For a computed target, how its value was computed (the standard named).</param>
public sealed record TargetClosing(TargetReading Reading, decimal? Final, DateOnly? DoneOn, FigureSource Source, Words? Standard, ClosingJudgement Judgement)
{
    /// <summary>The target's code.</summary>
    public string Code => Reading.Code;
}

/// <summary>One task at year end: its reading, its account and its targets' finals.</summary>
public sealed record TaskClosing(TaskReading Reading, TaskAccount Account, IReadOnlyList<TargetClosing> Targets)
{
    /// <summary>The task's code.</summary>
    public string Code => Reading.Code;

    /// <summary>The result as the data say: the worst of the targets' (null for a task without a target).</summary>
    public ClosingResult? ByRule => Targets.Count == 0 ? null : ClosingRule.Worst(Targets.Select(t => t.Judgement.Result));

    /// <summary>The confirmed result, or null until the office confirms it.</summary>
    public ClosingResult? Result => Account.State == ClosingState.Confirmed ? Account.Result : null;
}

/// <summary>A plan's year-end account: the plan read as of the day after its year and every task's account. Every
/// closing output (status, report, workbook, pages, API, public page) renders this; none works a result out itself.</summary>
public sealed class ClosingReading
{
    private ClosingReading(PlanReading yearEnd, PlanClosing? closing, IReadOnlyList<TaskClosing> tasks) =>
        (YearEnd, Closing, Tasks) = (yearEnd, closing, tasks);

    /// <summary>The plan as of the day after its year.</summary>
    public PlanReading YearEnd { get; }

    /// <summary>The plan.</summary>
    public Plan Plan => YearEnd.Plan;

    /// <summary>The closing, or null when the office has not opened it.</summary>
    public PlanClosing? Closing { get; }

    /// <summary>Every task, in the plan's order.</summary>
    public IReadOnlyList<TaskClosing> Tasks { get; }

    /// <summary>The day a plan year is read at for its closing: the first day after it.</summary>
    public static DateOnly DayOf(int year) => new(year + 1, 1, 1);

    /// <summary>Confirmed tasks by result.</summary>
    public int Count(ClosingResult result) => Tasks.Count(t => t.Result == result);

    /// <summary>Tasks not yet confirmed.</summary>
    public int Unconfirmed => Tasks.Count(t => t.Result is null);

    /// <summary>The task with <paramref name="code"/>, or null.</summary>
    public TaskClosing? Task(string code) => Tasks.FirstOrDefault(t => t.Code == code);

    /// <summary>The closing of a plan from its year-end reading and its accounts.</summary>
    public static ClosingReading Of(PlanReading yearEnd, PlanClosing? closing)
    {
        ArgumentNullException.ThrowIfNull(yearEnd);
        var tolerances = closing?.Tolerances ?? ClosingTolerances.Default;
        var tasks = yearEnd.Tasks.Select(t =>
        {
            var account = closing?.AccountOf(t.Code) ?? TaskAccount.PendingOf(t.Code);
            return new TaskClosing(t, account, [.. t.Targets.Select(r => TargetOf(r, account, tolerances))]);
        }).ToList();
        return new ClosingReading(yearEnd, closing, tasks);
    }

    /// <summary>A target's final and judgement: computed from the data, or as given, else the year's value.</summary>
    public static TargetClosing TargetOf(TargetReading reading, TaskAccount account, ClosingTolerances tolerances)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(account);
        var given = account.FinalOf(reading.Code);
        var computed = reading.Source == FigureSource.Computed;
        var value = computed ? reading.Now.Actual : given?.Value ?? reading.Now.Actual;
        var doneOn = given?.DoneOn ?? (reading.Measure == Evaluation.Measure.Milestone ? LastDone(reading) : null);
        return new TargetClosing(reading, value, doneOn, reading.Source, computed ? reading.Note : null,
            ClosingRule.Judge(reading, value, doneOn, tolerances));
    }

    private static DateOnly? LastDone(TargetReading reading) =>
        reading.Periods.Select(p => p.Done).Where(d => d is not null).Min();
}
