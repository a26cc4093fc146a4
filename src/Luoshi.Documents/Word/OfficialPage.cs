using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Documents.Word;

/// <summary>The page of an official document (GB/T 9704): A4 with margins top 37 mm, bottom 35 mm, left 28 mm, right
/// 26 mm (a 156 × 225 mm text block), and the page number as "— 1 —" in 四号 宋体 below the text, on odd pages at the
/// right and on even pages at the left, one character in from the edge.</summary>
public static class OfficialPage
{
    /// <summary>A4 width in twentieths of a point.</summary>
    public const int Width = 11906;

    /// <summary>A4 height in twentieths of a point.</summary>
    public const int Height = 16838;

    /// <summary>Left margin, 28 mm.</summary>
    public const int Left = 1588;

    /// <summary>Right margin, 26 mm.</summary>
    public const int Right = 1474;

    /// <summary>Width of the text block in twentieths of a point (156 mm).</summary>
    public const int TextWidth = Width - Left - Right;

    /// <summary>The section properties closing the body, with odd and even footers added to <paramref name="main"/>.</summary>
    public static SectionProperties Create(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var odd = Footer(main, JustificationValues.Right);
        var even = Footer(main, JustificationValues.Left);
        var settings = main.AddNewPart<DocumentSettingsPart>();
        // Without this switch Word and LibreOffice use the odd footer on every page.
        settings.Settings = new Settings(new EvenAndOddHeaders(), new DisplayBackgroundShape());
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = odd },
            new FooterReference { Type = HeaderFooterValues.Even, Id = even },
            new PageSize { Width = Width, Height = Height },
            new PageMargin { Top = 2098, Bottom = 1984, Left = Left, Right = Right, Header = 851, Footer = 1304, Gutter = 0 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = OfficialStyles.LinePitch });
    }

    private static string Footer(MainDocumentPart main, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>();
        var run = new RunProperties(OfficialFonts.Run(OfficialFonts.Song), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" });
        var indent = side == JustificationValues.Right ? new Indentation { Right = "280", FirstLine = "0" } : new Indentation { Left = "280", FirstLine = "0" };
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, indent, new Justification { Val = side }),
            new Run(run.CloneNode(true), new Text("— ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(run.CloneNode(true), new Text("1"))) { Instruction = " PAGE " },
            new Run(run.CloneNode(true), new Text(" —") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
        return main.GetIdOfPart(part);
    }
}
