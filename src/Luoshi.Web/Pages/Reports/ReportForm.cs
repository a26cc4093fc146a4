using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Pages.Reports;

/// <summary>Reads the report form: one field (or two, or a day) per target by its measure, and the three narrative
/// fields. Every field that is not a number or a day, or breaks its target's value rule (<see cref="ValueRule"/>, the
/// rule every channel applies), is a problem naming it, and nothing is saved.</summary>
internal static class ReportForm
{
    public static (IReadOnlyList<TargetValue> Values, IReadOnlyList<Problem> Problems) Values(PlanTask task, int planYear, IFormCollection form)
    {
        var values = new List<TargetValue>();
        var problems = new List<Problem>();
        foreach (var target in task.Targets)
        {
            var rule = ValueRule.Of(target, planYear);
            if (Value(target, rule, form, problems) is not { } value)
            {
                continue;
            }

            // A milestone reported done is 100% complete, as every channel records it.
            value = value.DoneOn is null ? value : value with { Value = 100m };
            var broken = rule.Check(value.Value, value.Numerator, value.Denominator, value.DoneOn);
            var label = Words.Same($"{target.Code} {target.Subject}");
            problems.AddRange(broken.Select(p => new Problem(
                Catalogue.Forms.TargetField(label, Catalogue.Values.FieldName(p.Field), p.Message),
                Place.OfField(FieldOf(target, p.Field)))));
            if (broken.Count == 0)
            {
                values.Add(value);
            }
        }

        return (values, problems);
    }

    public static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    public static IReadOnlyList<string> Evidence(IFormCollection form) =>
        Text(form, "evidence").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The narratives' problems (too long, control characters), each placed at its field.</summary>
    public static IEnumerable<Problem> TextProblems(IFormCollection form)
    {
        foreach (var name in new[] { "progress", "problems", "next" })
        {
            if (TextRules.Block(Text(form, name), TextRules.Narrative) is { } problem)
            {
                yield return new Problem(problem, Place.OfField(name));
            }
        }

        foreach (var item in Evidence(form))
        {
            if (TextRules.Line(item, TextRules.Note) is { } problem)
            {
                yield return new Problem(problem, Place.OfField("evidence"));
            }
        }
    }

    // What was typed, read by the measure's fields (a per-cent sign only where the rule counts in per cent); the value
    // rule judges the numbers afterwards.
    private static TargetValue? Value(Target target, ValueRule rule, IFormCollection form, List<Problem> problems)
    {
        var label = Words.Same($"{target.Code} {target.Subject}");
        var field = $"v-{target.Code}";
        var value = target.Measure switch
        {
            Measure.Ratio => new TargetValue(target.Code, null,
                Number(form, field + "-part", label, rule, ValueField.Numerator, problems),
                Number(form, field + "-whole", label, rule, ValueField.Denominator, problems), null),
            Measure.Milestone => new TargetValue(target.Code, Number(form, field, label, rule, ValueField.Value, problems), null, null,
                Day(form, field + "-done", Catalogue.Forms.DoneOn(label), problems)),
            _ => new TargetValue(target.Code, Number(form, field, label, rule, ValueField.Value, problems), null, null, null),
        };
        return value is { Value: null, Numerator: null, Denominator: null, DoneOn: null } ? null : value;
    }

    private static string FieldOf(Target target, ValueField field) => field switch
    {
        ValueField.Numerator => $"v-{target.Code}-part",
        ValueField.Denominator => $"v-{target.Code}-whole",
        ValueField.DoneOn => $"v-{target.Code}-done",
        _ => $"v-{target.Code}",
    };

    // A number as every channel reads one (NumberText); what is no number is refused in the rule's words, beside its field.
    private static decimal? Number(IFormCollection form, string name, Words label, ValueRule rule, ValueField field, List<Problem> problems)
    {
        var text = Text(form, name);
        if (text.Length == 0)
        {
            return null;
        }

        if (NumberText.TryParse(text, out var number, rule.InPercent(field)))
        {
            return number;
        }

        problems.Add(new Problem(Catalogue.Forms.TargetField(label, Catalogue.Values.FieldName(field), rule.NotANumber(field, text)), Place.OfField(name)));
        return null;
    }

    private static DateOnly? Day(IFormCollection form, string field, Words label, List<Problem> problems)
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DayText.TryParse(text, out var day))
        {
            return day;
        }

        problems.Add(new Problem(Catalogue.Forms.NotDay(label, text), Place.OfField(field)));
        return null;
    }
}
