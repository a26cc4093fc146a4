using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Pages.Reports;

/// <summary>Reads the report form: one field (or two, or a day) per target by its measure, and the three narrative
/// fields. Every field that is not a number or a day is a problem naming it, and nothing is saved.</summary>
internal static class ReportForm
{
    public static (IReadOnlyList<TargetValue> Values, IReadOnlyList<Problem> Problems) Values(PlanTask task, IFormCollection form)
    {
        var values = new List<TargetValue>();
        var problems = new List<Problem>();
        foreach (var target in task.Targets)
        {
            if (Value(target, form, problems) is { } value)
            {
                values.Add(value);
            }
        }

        return (values, problems);
    }

    public static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    public static IReadOnlyList<string> Evidence(IFormCollection form) =>
        Text(form, "evidence").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static TargetValue? Value(Target target, IFormCollection form, List<Problem> problems)
    {
        var label = Words.Same($"{target.Code} {target.Subject}");
        var field = $"v-{target.Code}";
        switch (target.Measure)
        {
            case Measure.Ratio:
                var part = Number(form, field + "-part", Catalogue.Forms.Part(label), problems);
                var whole = Number(form, field + "-whole", Catalogue.Forms.Whole(label), problems);
                if (part is null && whole is null)
                {
                    return null;
                }

                if (part is null || whole is not { } w || w <= 0)
                {
                    problems.Add(new Problem(Catalogue.Forms.RatioNeedsBoth(label), Place.OfField(field + "-part")));
                    return null;
                }

                return new TargetValue(target.Code, null, part, whole, null);
            case Measure.Milestone:
                var done = Day(form, field + "-done", Catalogue.Forms.DoneOn(label), problems);
                var share = Number(form, field, Catalogue.Forms.ProgressPercent(label), problems);
                if (share is < 0 or > 100)
                {
                    problems.Add(new Problem(Catalogue.Forms.ProgressRange(label), Place.OfField(field)));
                    return null;
                }

                return done is not null || share is not null ? new TargetValue(target.Code, done is not null ? 100m : share, null, null, done) : null;
            default:
                return Number(form, field, label, problems) is { } value ? new TargetValue(target.Code, value, null, null, null) : null;
        }
    }

    private static decimal? Number(IFormCollection form, string field, Words label, List<Problem> problems) =>
        FormNumber.Read(form[field].ToString(), field, label, problems);

    private static DateOnly? Day(IFormCollection form, string field, Words label, List<Problem> problems)
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

        problems.Add(new Problem(Catalogue.Forms.NotDay(label, text), Place.OfField(field)));
        return null;
    }
}
