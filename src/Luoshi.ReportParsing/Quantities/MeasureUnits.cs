namespace Luoshi.ReportParsing.Quantities;

/// <summary>The units recognised after a number, matched longest first (千瓦时 before 千瓦, 人次 before 人, 场次 before 场).</summary>
/// <remarks>Time units such as 年 and 月 are left out on purpose: 三年行动 and 6月底 are not amounts; 个月 and 工作日
/// (压缩至3个工作日以内) are durations and stay in. 千伏 is read as a unit so that 10千伏 is not ten thousand.</remarks>
internal static class MeasureUnits
{
    private static readonly string[] CountableUnits =
    [
        "人次", "人", "名", "户", "位", "个", "件", "项", "所", "座", "家", "条", "处", "间", "套", "台", "辆", "艘",
        "架", "张", "场", "栋", "幢", "宗", "只", "头", "株", "棵", "支", "根", "块", "份", "册", "盏", "批", "期",
        "班", "床", "类", "种", "款", "例", "起", "单", "对", "部", "次", "场次", "村",
    ];

    // Words that open with a unit's character but are not a unit: 5部门联合 counts no 部, 3村级 grades no 村.
    private static readonly string[] NotUnits = ["部门", "部分", "部署", "次要", "村民", "村级", "村委", "村集体"];

    private static readonly string[] AmountUnits =
    [
        "%", "‰", "个百分点", "百分点", "元", "美元", "吨", "公斤", "千克", "斤", "公里", "千米", "平方公里", "平方米",
        "立方米", "米", "亩", "公顷", "千瓦时", "千瓦", "兆瓦", "标准箱", "天", "小时", "分钟", "微克/立方米",
        "毫克/立方米", "倍", "岁", "周岁", "千伏", "个工作日", "工作日", "个月", "课时",
    ];

    private static readonly MeasureUnit[] All =
    [
        .. CountableUnits.Select(static u => new MeasureUnit(u, Countable: true)),
        .. AmountUnits.Select(static u => new MeasureUnit(u, Countable: false)),
    ];

    // Longest first per first character, so a lookup is a short scan.
    private static readonly Dictionary<char, MeasureUnit[]> ByFirstChar = All
        .GroupBy(static u => u.Text[0])
        .ToDictionary(static g => g.Key, static g => g.OrderByDescending(static u => u.Text.Length).ToArray());

    /// <summary>The unit that starts <paramref name="text"/>, or null.</summary>
    public static MeasureUnit? Match(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !ByFirstChar.TryGetValue(text[0], out var candidates))
        {
            return null;
        }

        foreach (var unit in candidates)
        {
            if (text.StartsWith(unit.Text, StringComparison.Ordinal))
            {
                return IsWordNotUnit(text) ? null : unit;
            }
        }

        return null;
    }

    private static bool IsWordNotUnit(ReadOnlySpan<char> text)
    {
        foreach (var word in NotUnits)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
