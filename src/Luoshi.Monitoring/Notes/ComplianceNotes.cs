using System.Globalization;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Water;

namespace Luoshi.Monitoring.Notes;

/// <summary>The sentences beside a bound compliance rate: how many sections meet, and which do not or were not
/// evaluated, with the class and deciding items of each that misses.</summary>
public static class ComplianceNotes
{
    private static readonly Words Rules = new(
        "依据GB 3838-2002单因子评价（《地表水环境质量评价办法（试行）》21项）",
        "GB 3838-2002, single factor over the 21 items of the 2011 evaluation rules");

    /// <summary>The sections meeting their class, and the ones missing it or not evaluated.</summary>
    public static Words Of(string scope, ComplianceRate rate, int samples)
    {
        var words = new Words(
            string.Create(CultureInfo.InvariantCulture,
                $"{scope}{rate.From:yyyy-MM-dd}至{rate.To:yyyy-MM-dd}：参评断面{rate.Evaluated}个，达标{rate.Meeting}个（样品{samples}个，按年初至今均值；{Rules.Zh}）"),
            string.Create(CultureInfo.InvariantCulture,
                $"{scope}, {rate.From:yyyy-MM-dd} to {rate.To:yyyy-MM-dd}: {rate.Meeting} of {rate.Evaluated} evaluated section(s) meet their target class ({samples} sample(s), year-to-date means; {Rules.En})"));
        var missing = rate.Sections.Where(s => s.IsEvaluated && !s.MeetsTarget).ToList();
        if (missing.Count > 0)
        {
            words = words.Then(new Words(
                "未达标：" + string.Join("、", missing.Select(s =>
                    $"{s.Section.Name}（{WaterClasses.Name(s.Class!.Class)}类，目标{WaterClasses.Name(s.Section.Target)}类，超标项目{Items(s)}）")),
                "not meeting: " + string.Join(", ", missing.Select(s =>
                    $"{s.Section.Name} ({WaterClasses.Name(s.Class!.Class)}, target {WaterClasses.Name(s.Section.Target)}: {Items(s)})"))));
        }

        if (rate.NotEvaluated.Count > 0)
        {
            words = words.Then(new Words(
                "未评价（无样品）：" + string.Join("、", rate.NotEvaluated.Select(s => s.Name)),
                "not evaluated (no sample): " + string.Join(", ", rate.NotEvaluated.Select(s => s.Name))));
        }

        return words;
    }

    private static string Items(SectionEvaluation s) =>
        string.Join(" ", s.Exceeding.Select(e => SurfaceWaterTable.Of(e.Item).Name));
}
