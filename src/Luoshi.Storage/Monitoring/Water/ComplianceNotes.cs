using System.Globalization;
using Luoshi.Indicators.Water;

namespace Luoshi.Storage.Monitoring.Water;

/// <summary>The sentences beside a bound compliance rate: how many sections meet, and which do not or were not
/// evaluated, with the class and deciding items of each that misses.</summary>
internal static class ComplianceNotes
{
    public const string Rules = "GB 3838-2002, single factor over the 21 items of the 2011 evaluation rules";
    public const string RulesZh = "依据GB 3838-2002单因子评价（《地表水环境质量评价办法（试行）》21项）";

    public static (string Note, string NoteZh) Of(string scope, ComplianceRate rate, int samples)
    {
        var (from, to) = (Day(rate.From), Day(rate.To));
        var en = string.Create(CultureInfo.InvariantCulture,
            $"{scope}, {from} to {to}: {rate.Meeting} of {rate.Evaluated} evaluated section(s) meet their target class ({samples} sample(s), year-to-date means; {Rules})");
        var zh = string.Create(CultureInfo.InvariantCulture,
            $"{scope}{from}至{to}：参评断面{rate.Evaluated}个，达标{rate.Meeting}个（样品{samples}个，按年初至今均值；{RulesZh}）");
        var missing = rate.Sections.Where(s => s.IsEvaluated && !s.MeetsTarget).ToList();
        if (missing.Count > 0)
        {
            en += "; not meeting: " + string.Join(", ", missing.Select(s =>
                $"{s.Section.Name} ({WaterClasses.Name(s.Class!.Class)}, target {WaterClasses.Name(s.Section.Target)}: {Items(s)})"));
            zh += "；未达标：" + string.Join("、", missing.Select(s =>
                $"{s.Section.Name}（{WaterClasses.Name(s.Class!.Class)}类，目标{WaterClasses.Name(s.Section.Target)}类，超标项目{Items(s)}）"));
        }

        if (rate.NotEvaluated.Count > 0)
        {
            en += "; not evaluated (no sample): " + string.Join(", ", rate.NotEvaluated.Select(s => s.Name));
            zh += "；未评价（无样品）：" + string.Join("、", rate.NotEvaluated.Select(s => s.Name));
        }

        return (en, zh);
    }

    private static string Items(SectionEvaluation s) =>
        string.Join(" ", s.Exceeding.Select(e => SurfaceWaterTable.Of(e.Item).Name));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
