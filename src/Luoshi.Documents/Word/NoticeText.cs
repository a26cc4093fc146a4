using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Standings;

namespace Luoshi.Documents.Word;

/// <summary>The sentences of the notice, in the words a supervision office writes them; kept apart from the layout so
/// that tests and other documents can say the same things.</summary>
public static class NoticeText
{
    private static readonly string[] Digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>已完成, 正常, 滞后, 严重滞后, 未完成, 未报送.</summary>
    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "已完成",
        TargetStatus.OnTrack => "正常",
        TargetStatus.Behind => "滞后",
        TargetStatus.AtRisk => "严重滞后",
        TargetStatus.Missed => "未完成",
        _ => "未报送",
    };

    /// <summary>一 … 九十九, as headings number their parts (一、 and （一）).</summary>
    public static string Chinese(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        var (tens, ones) = (number / 10, number % 10);
        var head = tens switch { 0 => "", 1 => "十", _ => Digits[tens] + "十" };
        return head + (ones == 0 ? "" : Digits[ones]);
    }

    /// <summary>The opening counts: 截至2022年9月底，纳入通报的重点任务2项，其中已销号0项、……；量化目标3个，其中已完成0个、正常1个、……</summary>
    public static string Counts(string through, int tasks, IReadOnlyDictionary<TaskStatusKind, int> taskTotals, StatusCounts totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(taskTotals);
        var byStatus = string.Join("、", Enum.GetValues<TaskStatusKind>().Select(k => $"{Catalogue.Lifecycle.StatusName(k).Zh}{N(taskTotals.GetValueOrDefault(k))}项"));
        return $"截至{through}，纳入通报的重点任务{N(tasks)}项，其中{byStatus}；量化目标{N(totals.Targets)}个，其中已完成{N(totals.Achieved)}个、正常{N(totals.OnTrack)}个、"
            + $"滞后{N(totals.Behind)}个、严重滞后{N(totals.AtRisk)}个、未完成{N(totals.Missed)}个、未报送{N(totals.NotReported)}个。";
    }

    /// <summary>The lights: 绿灯（已完成、正常）1个，占33.3%；黄灯……；红灯（严重滞后、未完成、未报送）……</summary>
    public static string Lights(StatusCounts totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return $"绿灯（已完成、正常）{N(totals.Green)}个，占{Share(totals.Green, totals.Targets)}；黄灯（滞后）{N(totals.Yellow)}个，占{Share(totals.Yellow, totals.Targets)}；"
            + $"红灯（严重滞后、未完成、未报送）{N(totals.Red)}个，占{Share(totals.Red, totals.Targets)}。";
    }

    /// <summary>A section's one-line summary: 本部分量化目标2个，已完成0个、正常1个、滞后0个、严重滞后1个、未完成0个、未报送0个。</summary>
    public static string SectionCounts(StatusCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return $"本部分量化目标{N(counts.Targets)}个，已完成{N(counts.Achieved)}个、正常{N(counts.OnTrack)}个、滞后{N(counts.Behind)}个、"
            + $"严重滞后{N(counts.AtRisk)}个、未完成{N(counts.Missed)}个、未报送{N(counts.NotReported)}个。";
    }

    /// <summary>The goal in words: 6000人以上, 4%以内, 5.5%左右, 6%～6.5%, 按期完成, 不发生规模性返贫.</summary>
    public static string Goal(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var unit = target.Unit ?? "";
        return target.Measure switch
        {
            Measure.Milestone => "按期完成",
            Measure.BottomLine => "不发生" + target.Subject,
            Measure.Direction => target.Comparator == Comparator.AtMost ? "低于上年" : "不低于上年",
            _ => target.Comparator switch
            {
                Comparator.AtLeast => $"{Number(target.Value)}{unit}以上",
                Comparator.AtMost => $"{Number(target.Value)}{unit}以内",
                Comparator.About => $"{Number(target.Value)}{unit}左右",
                Comparator.Between => $"{Number(target.Value)}{unit}～{Number(target.Upper)}{unit}",
                _ => $"{Number(target.Value)}{unit}",
            },
        };
    }

    /// <summary>One target where it stands: 城镇新增就业：目标6000人以上，累计完成3000人，序时进度4500人，严重滞后。</summary>
    public static string Figures(NoticeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var t = target.Target;
        var e = target.Evaluation;
        var unit = t.Measure switch { Measure.Milestone => "%", Measure.BottomLine => "起", _ => t.Unit ?? "" };
        var actual = e.Actual is not { } a ? "尚无审核通过的数据"
            : t.Measure switch
            {
                Measure.Cumulative => $"累计完成{Number(a)}{unit}",
                Measure.Milestone => $"完成{Number(a)}{unit}",
                Measure.BottomLine => $"发生{Number(a)}{unit}",
                _ => $"当前为{Number(a)}{unit}",
            };
        var expected = e.Expected is { } x && t.Measure is not (Measure.BottomLine or Measure.Direction) ? $"，序时进度{Number(x)}{unit}" : "";
        return $"{t.Subject}：目标{Goal(t)}，{actual}{expected}，{Status(e.Status)}。";
    }

    /// <summary>A share in percent with one decimal, as rankings print it: 66.7%.</summary>
    public static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A figure without trailing zeros, at most two decimals: 3000, 3.8, 66.67.</summary>
    public static string Number(decimal? value) => value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : "";

    /// <summary>A date as official documents write it: 2022年9月29日.</summary>
    public static string Date(DateOnly day) =>
        $"{day.Year.ToString(CultureInfo.InvariantCulture)}年{day.Month.ToString(CultureInfo.InvariantCulture)}月{day.Day.ToString(CultureInfo.InvariantCulture)}日";

    private static string Share(int part, int whole) => whole == 0 ? "0.0%" : Percent((decimal)part / whole);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
