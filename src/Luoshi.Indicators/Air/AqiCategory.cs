namespace Luoshi.Indicators.Air;

/// <summary>One row of HJ 633-2012 Table 2 with its colour from Annex A (RGB).</summary>
/// <param name="Level">The level.</param>
/// <param name="LevelName">级别 as printed, e.g. 三级.</param>
/// <param name="Name">类别 as printed, e.g. 轻度污染.</param>
/// <param name="ColourName">表示颜色 as printed, e.g. 橙色.</param>
/// <param name="Red">Annex A red component.</param>
/// <param name="Green">Annex A green component.</param>
/// <param name="Blue">Annex A blue component.</param>
/// <param name="LowestAqi">The lowest AQI of the level.</param>
/// <param name="HighestAqi">The highest AQI of the level; null for 六级, which is open above.</param>
public sealed record AqiCategory(
    AqiLevel Level,
    string LevelName,
    string Name,
    string ColourName,
    byte Red,
    byte Green,
    byte Blue,
    int LowestAqi,
    int? HighestAqi)
{
    /// <summary>The colour as #RRGGBB for pages and spreadsheets.</summary>
    public string HexColour => $"#{Red:X2}{Green:X2}{Blue:X2}";
}
