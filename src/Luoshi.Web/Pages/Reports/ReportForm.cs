using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Microsoft.AspNetCore.Http;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Reports;

/// <summary>Reads the report form: one field (or two, or a day) per target by its measure, and the three narrative
/// fields. Every field that is not a number or a day, or breaks its target's value rule (<see cref="ValueRule"/>, the
/// rule every channel applies), is named in the error, and nothing is saved.</summary>
internal static class ReportForm
{
    public static (IReadOnlyList<TargetValue> Values, IReadOnlyList<string> Errors) Values(PlanTask task, int planYear, IFormCollection form)
    {
        var values = new List<TargetValue>();
        var errors = new List<string>();
        foreach (var target in task.Targets)
        {
            var label = $"{target.Code} {target.Subject}";
            var value = target.Measure switch
            {
                Measure.Ratio => new TargetValue(target.Code, null,
                    Number(form, $"v-{target.Code}-part", label + T("（分子）", " (part)"), errors),
                    Number(form, $"v-{target.Code}-whole", label + T("（分母）", " (whole)"), errors), null),
                Measure.Milestone => new TargetValue(target.Code,
                    Number(form, $"v-{target.Code}", label + T("（完成进度%）", " (progress %)"), errors), null, null,
                    Day(form, $"v-{target.Code}-done", label + T("（完成日期）", " (done on)"), errors)),
                _ => new TargetValue(target.Code, Number(form, $"v-{target.Code}", label, errors), null, null, null),
            };
            if (value is { Value: null, Numerator: null, Denominator: null, DoneOn: null })
            {
                continue;
            }

            // A milestone reported done is 100% complete, as every channel records it.
            value = value.DoneOn is null ? value : value with { Value = 100m };
            var problems = ValueRule.Of(target, planYear).Check(value.Value, value.Numerator, value.Denominator, value.DoneOn);
            errors.AddRange(problems.Select(p => $"{label}（{Catalogue.Values.FieldName(p.Field)}）：{p.Message}"));
            if (problems.Count == 0)
            {
                values.Add(value);
            }
        }

        return (values, errors);
    }

    public static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    public static IReadOnlyList<string> Evidence(IFormCollection form) =>
        Text(form, "evidence").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The narratives' problems (too long, control characters), each naming its field.</summary>
    public static IEnumerable<string> TextProblems(IFormCollection form)
    {
        foreach (var (name, label) in new[] { ("progress", T("进展情况", "Progress")), ("problems", T("存在问题", "Problems")), ("next", T("下一步措施", "Next steps")) })
        {
            if (TextRules.Block(Text(form, name), TextRules.Narrative) is { } problem)
            {
                yield return $"{label}：{problem}";
            }
        }

        foreach (var item in Evidence(form))
        {
            if (TextRules.Line(item, TextRules.Note) is { } problem)
            {
                yield return $"{T("佐证材料", "Evidence")}：{problem}";
            }
        }
    }

    private static decimal? Number(IFormCollection form, string field, string label, List<string> errors) =>
        FormNumber.Read(form[field].ToString(), label, errors);

    private static DateOnly? Day(IFormCollection form, string field, string label, List<string> errors)
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

        errors.Add(T($"{label}：“{text}”不是日期（应为 YYYY-MM-DD）。", $"{label}: \"{text}\" is not a day (YYYY-MM-DD)."));
        return null;
    }
}
