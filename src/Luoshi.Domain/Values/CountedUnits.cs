namespace Luoshi.Domain.Values;

/// <summary>Units that count whole things (人, 个, 户…): a value in one of them is a whole number. Amounts in units
/// that measure (公里, 吨, 万元) or count in tens of thousands (万人) may have decimals.</summary>
public static class CountedUnits
{
    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "人", "人次", "名", "位", "个", "户", "家", "所", "套", "间", "座", "栋", "项", "件", "宗", "起", "场", "次",
        "张", "台", "辆", "艘", "架", "床", "张床", "处", "条", "批", "期", "篇", "部", "支", "队", "村", "镇", "校",
    };

    /// <summary>True when a value in <paramref name="unit"/> must be whole.</summary>
    public static bool AreWhole(string? unit) => unit is not null && Whole.Contains(unit.Trim());
}
