namespace Luoshi.ReportParsing.Targets;

/// <summary>Words that name a dimension of a thing rather than the thing (全长, 总面积, 总投资): a clause that states
/// only one of them and an amount (铺设供热主管网，全长约4.3公里) measures what the sentence named before.</summary>
internal static class DimensionWords
{
    private static readonly string[] Words =
    [
        "全长", "总长", "总长度", "长度", "长", "总里程", "里程", "总面积", "面积", "建筑面积", "总建筑面积", "占地面积",
        "总占地面积", "总投资", "投资", "总规模", "规模", "总容量", "容量", "总库容", "库容",
    ];

    /// <summary>True when <paramref name="foldedSubject"/> is exactly one dimension word.</summary>
    public static bool IsOnlyDimension(string foldedSubject) =>
        foldedSubject.Length <= MaxLength && Array.IndexOf(Words, foldedSubject.Trim()) >= 0;

    private static readonly int MaxLength = Words.Max(w => w.Length) + 2; // room for spaces around it
}
