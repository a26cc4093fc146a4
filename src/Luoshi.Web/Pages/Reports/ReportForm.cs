using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Microsoft.AspNetCore.Http;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Reports;

/// <summary>Reads the report form: one field (or two, or a day) per target by its measure, and the three narrative
/// fields. Every field that is not a number or a day is named in the error, and nothing is saved.</summary>
internal static class ReportForm
{
    public static (IReadOnlyList<TargetValue> Values, IReadOnlyList<string> Errors) Values(PlanTask task, IFormCollection form)
    {
        var values = new List<TargetValue>();
        var errors = new List<string>();
        foreach (var target in task.Targets)
        {
            var label = $"{target.Code} {target.Subject}";
            switch (target.Measure)
            {
                case Measure.Ratio:
                    var part = Number(form, $"v-{target.Code}-part", label + T("（分子）", " (part)"), errors);
                    var whole = Number(form, $"v-{target.Code}-whole", label + T("（分母）", " (whole)"), errors);
                    if (part is not null || whole is not null)
                    {
                        if (part is null || whole is not { } w || w <= 0)
                        {
                            errors.Add(T($"{label}：比例须同时填写分子和大于 0 的分母。", $"{label}: a ratio needs both a part and a whole above 0."));
                        }
                        else
                        {
                            values.Add(new TargetValue(target.Code, null, part, whole, null));
                        }
                    }

                    break;
                case Measure.Milestone:
                    var done = Day(form, $"v-{target.Code}-done", label + T("（完成日期）", " (done on)"), errors);
                    var share = Number(form, $"v-{target.Code}", label + T("（完成进度%）", " (progress %)"), errors);
                    if (share is < 0 or > 100)
                    {
                        errors.Add(T($"{label}：完成进度应在 0 到 100 之间。", $"{label}: progress must be between 0 and 100."));
                    }
                    else if (done is not null || share is not null)
                    {
                        values.Add(new TargetValue(target.Code, done is not null ? 100m : share, null, null, done));
                    }

                    break;
                default:
                    if (Number(form, $"v-{target.Code}", label, errors) is { } value)
                    {
                        values.Add(new TargetValue(target.Code, value, null, null, null));
                    }

                    break;
            }
        }

        return (values, errors);
    }

    public static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    public static IReadOnlyList<string> Evidence(IFormCollection form) =>
        Text(form, "evidence").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static decimal? Number(IFormCollection form, string field, string label, List<string> errors) =>
        FormNumber.Read(form[field].ToString(), label, errors);

    private static DateOnly? Day(IFormCollection form, string field, string label, List<string> errors)
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(T($"{label}：“{text}”不是日期（应为 YYYY-MM-DD）。", $"{label}: \"{text}\" is not a day (YYYY-MM-DD)."));
        return null;
    }
}
