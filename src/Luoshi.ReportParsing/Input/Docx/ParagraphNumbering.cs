using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.ReportParsing.Input.Docx;

/// <summary>Which list and level a paragraph belongs to: from its own w:numPr, else from its style and the styles it is based on.</summary>
internal sealed class ParagraphNumbering
{
    // Style chains are short; the bound only stops a file whose styles are based on each other in a circle.
    private const int MaxStyleDepth = 32;

    private readonly Dictionary<string, Style> _styles;
    private readonly string? _defaultStyleId;
    private readonly ListDefinitions _lists;

    private ParagraphNumbering(Dictionary<string, Style> styles, string? defaultStyleId, ListDefinitions lists) =>
        (_styles, _defaultStyleId, _lists) = (styles, defaultStyleId, lists);

    public static ParagraphNumbering Of(MainDocumentPart main, ListDefinitions lists)
    {
        var styles = new Dictionary<string, Style>(StringComparer.Ordinal);
        string? defaultStyleId = null;
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id || (style.Type is { } type && type.Value != StyleValues.Paragraph))
            {
                continue;
            }

            styles.TryAdd(id, style);
            if (style.Default?.Value == true)
            {
                defaultStyleId ??= id;
            }
        }

        return new ParagraphNumbering(styles, defaultStyleId, lists);
    }

    /// <summary>The list instance and level of <paramref name="paragraph"/>, or null when it is not numbered.</summary>
    public (int NumId, int Level)? Of(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = direct?.NumberingId?.Val?.Value;
        var level = direct?.NumberingLevelReference?.Val?.Value;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultStyleId;
        var fromStyle = numId is null;
        var id = styleId;
        for (var depth = 0; id is not null && (numId is null || level is null) && depth < MaxStyleDepth; depth++)
        {
            if (!_styles.TryGetValue(id, out var style))
            {
                break;
            }

            var styled = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= styled?.NumberingId?.Val?.Value;
            level ??= fromStyle ? styled?.NumberingLevelReference?.Val?.Value : null;
            id = style.BasedOn?.Val?.Value;
        }

        // w:numId 0 is how a paragraph or style switches off numbering it would otherwise inherit.
        if (numId is not { } list || list == 0)
        {
            return null;
        }

        return (list, level ?? (fromStyle ? LevelOfStyle(list, styleId) : 0));
    }

    // Heading styles tied to a multilevel list name their level by the level's w:pStyle, not by a w:ilvl of their own.
    private int LevelOfStyle(int numId, string? styleId)
    {
        var levels = _lists.LevelsOf(numId);
        var index = levels is null || styleId is null ? -1 : Array.FindIndex(levels, l => l?.StyleId == styleId);
        return Math.Max(index, 0);
    }
}
