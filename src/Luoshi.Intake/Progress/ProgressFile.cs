using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Progress;

/// <summary>A progress file: task, target, period, unit, value, numerator, denominator, done_on, the narrative
/// (progress, problems, next_steps) and state, in English or Chinese headers. Each row is read against the plan and
/// checked by its target's value rule and the rules between rows (<see cref="ProgressRowRules"/>); cells are read as
/// spans, so a million rows allocate little.</summary>
public sealed class ProgressFile(ProgressPlan plan)
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("task", "任务编号"), new("target", "目标编号"), new("period", "期次"), new("unit", "填报单位"), new("value", "本期数值"),
        new("numerator", "分子"), new("denominator", "分母"), new("done_on", "完成日期"), new("progress", "进展情况"),
        new("problems", "存在问题"), new("next_steps", "下一步措施"), new("state", "状态"),
    ];

    private const int Task = 0, Target = 1, Period = 2, Unit = 3, Value = 4, Numerator = 5, Denominator = 6, DoneOn = 7,
        Progress = 8, Problems = 9, NextSteps = 10, State = 11;

    private readonly ProgressRowRules _rules = new(plan);
    private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);

    /// <summary>The current row, or null after adding its problems.</summary>
    public ProgressLine? Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var (task, target) = ReadTarget(table, problems);
        var period = ReadPeriod(table, problems);
        var unit = ReadUnit(table, task, problems);
        var (value, numerator, denominator, doneOn) = ReadValue(table, target?.Rule, problems);
        var state = ReportStateWords.Parse(table[State]);
        if (state is null)
        {
            problems.Add(table.Place(State), Catalogue.Progress.WrongState(table.Text(State)));
        }

        if (problems.Count != before)
        {
            return null;
        }

        var line = new ProgressLine(target!, period, unit, value, numerator, denominator, doneOn, state!.Value, null);
        if (_rules.Check(line, table.Number, table.Places, problems) is not { } head)
        {
            return null;
        }

        return head ? line with { Text = ReadText(table, problems) } : line;
    }

    private (TaskEntry? Task, TargetEntry? Target) ReadTarget(Table table, ProblemList problems)
    {
        var tasks = plan.Tasks.GetAlternateLookup<ReadOnlySpan<char>>();
        var targets = plan.Targets.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!tasks.TryGetValue(table[Task], out var task))
        {
            problems.Add(table.Place(Task), Catalogue.Progress.NoTask(plan.Name, table.Text(Task)));
        }

        if (!targets.TryGetValue(table[Target], out var target))
        {
            problems.Add(table.Place(Target), Catalogue.Progress.NoTarget(plan.Name, table.Text(Target)));
            return (task, null);
        }

        if (task is not null && target.Task != task)
        {
            problems.Add(table.Place(Target), Catalogue.Progress.TargetOfTask(target.Code, target.Task.Code, task.Code));
            return (task, null);
        }

        return (task, task is null ? null : target);
    }

    // A plan has a dozen period names; each is parsed once.
    private int ReadPeriod(Table table, ProblemList problems)
    {
        var periods = _periods.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!periods.TryGetValue(table[Period], out var period))
        {
            var text = table.Text(Period);
            period = plan.Calendar.Parse(text)?.Number ?? 0;
            _periods[text] = period;
        }

        if (period == 0)
        {
            problems.Add(table.Place(Period), Catalogue.Progress.NotAPeriod(plan.Periods, plan.Calendar[1].Name, table.Text(Period)));
        }

        return period;
    }

    private string ReadUnit(Table table, TaskEntry? task, ProblemList problems)
    {
        var unit = plan.Units.Find(table[Unit]) ?? table.Text(Unit);
        if (task is not null && !task.Units.Contains(unit))
        {
            problems.Add(table.Place(Unit), Catalogue.Progress.NotAUnitOfTask(table.Text(Unit), task.Code));
        }
        else if (task is not null && unit != task.Lead)
        {
            // Progress rows carry the task's values, which only its lead unit reports (UnitRoles).
            problems.Add(table.Place(Unit), Catalogue.Contributions.OnlyLeadReports(unit, task.Code, task.Lead ?? "").Message);
        }

        return unit;
    }

    private static (decimal?, decimal?, decimal?, DateOnly?) ReadValue(Table table, ValueRule? rule, ProblemList problems)
    {
        var before = problems.Count;
        var value = Number(table, Value, ValueField.Value, rule, problems);
        var numerator = Number(table, Numerator, ValueField.Numerator, rule, problems);
        var denominator = Number(table, Denominator, ValueField.Denominator, rule, problems);
        DateOnly? doneOn = null;
        if (!table[DoneOn].IsEmpty)
        {
            doneOn = table.Day(DoneOn);
            var problem = doneOn is { } day ? rule?.Check(day) : Catalogue.Values.NotADay(table.Text(DoneOn));
            if (problem is { } words)
            {
                problems.Add(table.Place(DoneOn), words);
            }
        }

        if (rule is not null && problems.Count == before)
        {
            foreach (var across in rule.Check(value, numerator, denominator, doneOn))
            {
                problems.Add(table.Place(Column(across.Field)), across.Message);
            }
        }

        return (value, numerator, denominator, doneOn);
    }

    private static decimal? Number(Table table, int column, ValueField field, ValueRule? rule, ProblemList problems)
    {
        var text = table[column];
        if (text.IsEmpty)
        {
            return null;
        }

        if (rule is null)
        {
            // The row names no target of the plan (refused on its own); the number is read only to say if it is one.
            return NumberText.TryParse(text, out var any, percent: true) ? any : Refuse(
                Catalogue.Values.ExpectedFoundText(Catalogue.Values.Expected(ValueRange.Any), text.ToString()));
        }

        var (number, problem) = rule.Read(field, text);
        return problem is null ? number : Refuse(problem.Value);

        decimal? Refuse(Words words)
        {
            problems.Add(table.Place(column), words);
            return null;
        }
    }

    private static ReportText ReadText(Table table, ProblemList problems) => new(
        table.Block(Progress, problems, TextRules.Narrative), table.Block(Problems, problems, TextRules.Narrative),
        table.Block(NextSteps, problems, TextRules.Narrative));

    private static int Column(ValueField field) => field switch
    {
        ValueField.Value => Value,
        ValueField.Numerator => Numerator,
        ValueField.Denominator => Denominator,
        _ => DoneOn,
    };
}
