using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Documents.Word;

/// <summary>The paragraph styles of an official document (GB/T 9704): body in 三号 仿宋 with a two-character first-line
/// indent on a fixed 28.95-point line (22 lines to the page), the title in 二号 小标宋 centred, headings 一、 in 黑体 and
/// （一） in 楷体 at the body's size; tables (五号) and captions (四号) smaller, on single spacing.</summary>
public static class OfficialStyles
{
    /// <summary>Style id of the body text (also the document default).</summary>
    public const string Body = "Normal";

    /// <summary>Style id of the document's title.</summary>
    public const string Title = "Title";

    /// <summary>Style id of first-level headings (一、).</summary>
    public const string Heading1 = "Heading1";

    /// <summary>Style id of second-level headings (（一）).</summary>
    public const string Heading2 = "Heading2";

    /// <summary>Style id of table text.</summary>
    public const string TableText = "TableText";

    /// <summary>Style id of pictures and their captions.</summary>
    public const string Figure = "Figure";

    /// <summary>三号: 16 pt, in half-points.</summary>
    public const int BodySize = 32;

    /// <summary>Fixed line pitch in twentieths of a point: 225 mm of text height over 22 lines.</summary>
    public const int LinePitch = 579;

    /// <summary>Fixed line of the 二号 title (36 pt): on the body's line grid "single" would take two grid lines per
    /// title line and leave a gap between its lines.</summary>
    public const int TitleLine = 720;

    /// <summary>Two characters of body text, in twentieths of a point.</summary>
    public const int TwoCharacters = 640;

    /// <summary>Adds the styles to <paramref name="main"/>.</summary>
    public static void AddTo(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    OfficialFonts.Run(OfficialFonts.Body), new FontSize { Val = Half(BodySize) }, new FontSizeComplexScript { Val = Half(BodySize) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Before = "0", After = "0" }))),
            Paragraph(Body, "Normal", null, OfficialFonts.Body, BodySize, JustificationValues.Both, firstLine: true, exact: true),
            Paragraph(Title, "Title", 0, OfficialFonts.Title, 44, JustificationValues.Center, firstLine: false, exact: false, after: LinePitch, line: TitleLine),
            Paragraph(Heading1, "heading 1", 0, OfficialFonts.Heading1, BodySize, JustificationValues.Both, firstLine: true, exact: true),
            Paragraph(Heading2, "heading 2", 1, OfficialFonts.Heading2, BodySize, JustificationValues.Both, firstLine: true, exact: true),
            Paragraph(TableText, "Table Text", null, OfficialFonts.Body, 21, JustificationValues.Center, firstLine: false, exact: false),
            Paragraph(Figure, "Figure", null, OfficialFonts.Body, 28, JustificationValues.Center, firstLine: false, exact: false, after: 240));
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    // Exact spacing keeps the 22-line grid of the body; pictures and tables need "at least" spacing or they are clipped
    // to one line's height.
    private static Style Paragraph(
        string id, string name, int? outline, string font, int size, JustificationValues align, bool firstLine, bool exact, int after = 0, int? line = null)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext { Val = outline is not null },
            // Off the body's line grid, single spacing would still take whole grid lines (twice a table row's height).
            new SnapToGrid { Val = exact },
            new SpacingBetweenLines
            {
                Before = "0",
                After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Line = line is { } fixedLine ? fixedLine.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : exact ? LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture) : "240",
                LineRule = exact || line is not null ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto,
            },
            new Indentation { FirstLine = firstLine ? TwoCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture) : "0", FirstLineChars = firstLine ? 200 : 0 },
            new Justification { Val = align });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var style = new Style(
            new StyleName { Val = name },
            new BasedOn { Val = id == Body ? null : Body },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(OfficialFonts.Run(font), new FontSize { Val = Half(size) }, new FontSizeComplexScript { Val = Half(size) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = id == Body,
        };
        if (id == Body)
        {
            style.RemoveAllChildren<BasedOn>();
        }

        return style;
    }

    private static string Half(int size) => size.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
