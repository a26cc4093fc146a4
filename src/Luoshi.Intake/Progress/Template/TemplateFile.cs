using System.Globalization;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Files;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;
using C = Luoshi.Intake.Progress.Template.TemplateColumns;

namespace Luoshi.Intake.Progress.Template;

/// <summary>Reads a filled-in report template: every row's hidden ids against their checksum and the plan, its values by
/// its target's <see cref="ValueRule"/> (the rule every channel keeps), its narrative by <see cref="TextRules"/>; then one
/// report per task (the values of its filled target rows and the narrative of its first row). A task with nothing
/// filled in gets no report.</summary>
/// <param name="unit">The only unit whose template is accepted (its full name), or null for any.</param>
/// <param name="locked">The (task, period) of reports already submitted or approved.</param>
public sealed class TemplateFile(Plan plan, string? unit, IReadOnlySet<(string Task, int Period)> locked)
{
    private readonly ReportingCalendar _calendar = new(plan.Year, plan.Cadence);

    /// <summary>The reports of <paramref name="file"/>, or its problems (then none is kept).</summary>
    public (List<TemplateReport> Reports, ProblemList Problems) Read(IntakeFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new ProblemList(file.Name);
        var (table, unreadable) = TableFiles.Open(file, C.Read, C.Sheet);
        if (table is null)
        {
            problems.Add(unreadable!);
            return ([], problems);
        }

        var rows = new List<Row>();
        using (table)
        {
            while (table.MoveNext())
            {
                if (ReadRow(table, problems) is { } row)
                {
                    rows.Add(row);
                }
            }

            if (table.Failure is { } failure)
            {
                problems.Add(failure);
            }

            var reports = Collect(rows, table.Places, problems);
            if (reports.Count == 0 && !problems.Any)
            {
                problems.AddFile(Catalogue.Template.Empty(C.HeaderRow));
            }

            return (reports, problems);
        }
    }

    private Row? ReadRow(Table table, ProblemList problems)
    {
        string Id(int column) => table.Text(column - 1);
        var (planId, taskCode, targetCode, period, rowUnit) = (Id(C.PlanId), Id(C.TaskId), Id(C.TargetId), Id(C.Period), Id(C.Unit));
        if (Id(C.Checksum) != TemplateChecksum.Of(planId, taskCode, targetCode, period, rowUnit))
        {
            problems.Add(table.Place(C.Checksum - 1), Catalogue.Template.Checksum);
            return null;
        }

        if (planId != plan.Id.ToString(CultureInfo.InvariantCulture))
        {
            problems.Add(table.Place(C.PlanId - 1), Catalogue.Template.OtherPlan(plan.Id, $"{plan.Region} {plan.Year}", planId));
            return null;
        }

        if (unit is not null && rowUnit != unit)
        {
            problems.Add(table.Place(C.Unit - 1), Catalogue.Template.OtherUnit(unit, rowUnit));
            return null;
        }

        var task = plan.Tasks.FirstOrDefault(t => t.Code == taskCode);
        var target = task?.Targets.FirstOrDefault(t => t.Code == targetCode);
        if (task is null || (targetCode.Length > 0 && target is null) || _calendar.Parse(period) is not { } reportingPeriod)
        {
            problems.Add(table.Place(C.TaskId - 1), Catalogue.Template.Unknown(taskCode, targetCode, period));
            return null;
        }

        if (target is null)
        {
            // A value typed beside a task without a target would be dropped unseen: it is refused where it stands.
            foreach (var column in new[] { C.Value, C.Numerator, C.Denominator, C.DoneOn }.Where(c => !table[c - 1].IsEmpty))
            {
                problems.Add(table.Place(column - 1), Catalogue.Template.NoTargetValue);
            }
        }

        var value = target is null ? null : ReadValue(table, ValueRule.Of(target, plan.Year), target.Code, problems);
        string[] narrative = [.. new[] { C.Progress, C.Problems, C.NextSteps }.Select(c => table.Block(c - 1, problems, C.TextLength))];
        return new Row(table.Number, task, rowUnit, reportingPeriod.Number, value, narrative);
    }

    private static TemplateValue? ReadValue(Table table, ValueRule rule, string target, ProblemList problems)
    {
        var before = problems.Count;
        var value = Number(table, C.Value, ValueField.Value, rule, problems);
        var numerator = Number(table, C.Numerator, ValueField.Numerator, rule, problems);
        var denominator = Number(table, C.Denominator, ValueField.Denominator, rule, problems);
        DateOnly? done = null;
        if (!table[C.DoneOn - 1].IsEmpty)
        {
            done = table.Day(C.DoneOn - 1);
            if ((done is { } day ? rule.Check(day) : Catalogue.Values.NotADay(table.Text(C.DoneOn - 1))) is { } problem)
            {
                problems.Add(table.Place(C.DoneOn - 1), problem);
            }
        }

        // A milestone reported done is 100% complete, as every channel records it.
        value = done is null ? value : 100m;
        if (problems.Count == before)
        {
            foreach (var across in rule.Check(value, numerator, denominator, done))
            {
                problems.Add(table.Place(Column(across.Field) - 1), across.Message);
            }
        }

        return problems.Count != before || (value is null && numerator is null && done is null)
            ? null
            : new TemplateValue(target, value, numerator, denominator, done);
    }

    private static decimal? Number(Table table, int column, ValueField field, ValueRule rule, ProblemList problems)
    {
        var text = table[column - 1];
        if (text.IsEmpty)
        {
            return null;
        }

        var (number, problem) = rule.Read(field, text);
        if (problem is { } words)
        {
            problems.Add(table.Place(column - 1), words);
        }

        return number;
    }

    private List<TemplateReport> Collect(List<Row> rows, TablePlaces places, ProblemList problems)
    {
        var reports = new List<TemplateReport>();
        foreach (var task in rows.GroupBy(r => r.Task))
        {
            var first = task.First();
            var values = task.Select(r => r.Value).OfType<TemplateValue>().ToList();
            var narrative = task.Select(r => r.Narrative).FirstOrDefault(n => n.Any(t => t.Length > 0)) ?? ["", "", ""];
            if (values.Count == 0 && narrative.All(t => t.Length == 0))
            {
                continue;
            }

            if (locked.Contains((task.Key.Code, first.Period)))
            {
                problems.Add(places.At(first.Number, C.TaskCode - 1), Catalogue.Template.Locked(_calendar[first.Period].Name));
                continue;
            }

            reports.Add(new TemplateReport(task.Key.Code, first.Period, first.Unit, values, narrative[0], narrative[1], narrative[2]));
        }

        return reports;
    }

    private static int Column(ValueField field) => field switch
    {
        ValueField.Value => C.Value,
        ValueField.Numerator => C.Numerator,
        ValueField.Denominator => C.Denominator,
        _ => C.DoneOn,
    };

    private sealed record Row(int Number, PlanTask Task, string Unit, int Period, TemplateValue? Value, string[] Narrative);
}
