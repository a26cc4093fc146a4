using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.ReportParsing.Input.Docx;

/// <summary>One level (w:lvl) of a Word list: how its number starts, is written and is framed.</summary>
/// <param name="Format">The w:numFmt value as written in the file, e.g. chineseCounting, decimal.</param>
/// <param name="Text">The w:lvlText template, e.g. "%1、" or "（%1）"; null when the level shows nothing.</param>
/// <param name="IsLegal">w:isLgl: the numbers of the levels above are written as decimals.</param>
/// <param name="StyleId">w:pStyle: the paragraph style this level belongs to, for numbering that comes with a style.</param>
internal sealed record ListLevel(int Start, string Format, string? Text, bool IsLegal, string? StyleId)
{
    /// <summary>The number of levels Word allows (w:ilvl 0 to 8).</summary>
    public const int Count = 9;

    public static ListLevel From(Level level) => new(
        // The standard's default start is 0; Word always writes w:start, so this only matters for hand-made files.
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
        level.ParagraphStyleIdInLevel?.Val?.Value);
}
