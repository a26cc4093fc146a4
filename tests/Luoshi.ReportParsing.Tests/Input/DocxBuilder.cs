using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Luoshi.ReportParsing.Tests.Input;

/// <summary>Builds real .docx packages with the Open XML SDK, the way Word lays them out.</summary>
internal static class DocxBuilder
{
    /// <summary>A document whose body holds <paramref name="blocks"/>, with optional numbering and style parts.</summary>
    public static byte[] Build(IEnumerable<OpenXmlElement> blocks, Numbering? numbering = null, Styles? styles = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            }

            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }

            // A test document that breaks the schema would test a file Word never writes.
            var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
            Assert.Empty(errors);
        }

        return stream.ToArray();
    }

    public static byte[] Build(params OpenXmlElement[] blocks) => Build(blocks, null, null);

    /// <summary>A paragraph of one run of <paramref name="text"/>.</summary>
    public static Paragraph Paragraph(string text) => new(Run(text));

    /// <summary>A paragraph numbered directly with w:numPr.</summary>
    public static Paragraph Numbered(int numId, int level, string text) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
        Run(text));

    /// <summary>A paragraph in style <paramref name="styleId"/>.</summary>
    public static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text));

    public static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A table whose rows hold one paragraph of text per cell.</summary>
    public static Table Table(params string[][] rows) => Table(rows.Select(row => row.Select(Paragraph).ToArray()).ToArray());

    /// <summary>A table whose rows hold one given paragraph per cell.</summary>
    public static Table Table(params Paragraph[][] rows)
    {
        var grid = new TableGrid(rows[0].Select(_ => new GridColumn { Width = "2000" }));
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }), grid);
        table.Append(rows.Select(row => new TableRow(row.Select(cell => new TableCell(cell)))));
        return table;
    }

    /// <summary>A list level: start value, w:numFmt and w:lvlText.</summary>
    public static Level Level(int index, NumberFormatValues format, string text, int start = 1, string? styleId = null)
    {
        var level = new Level(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }) { LevelIndex = index };
        if (styleId is not null)
        {
            level.Append(new ParagraphStyleIdInLevel { Val = styleId });
        }

        level.Append(new LevelText { Val = text });
        return level;
    }

    /// <summary>An abstract list and one instance of it with the same id.</summary>
    public static OpenXmlElement[] List(int id, params Level[] levels) =>
        [new AbstractNum(levels) { AbstractNumberId = id }, Instance(id, id)];

    /// <summary>A list instance (w:num) of abstract list <paramref name="abstractId"/>.</summary>
    public static NumberingInstance Instance(int numId, int abstractId, params LevelOverride[] overrides) =>
        new(new OpenXmlElement[] { new AbstractNumId { Val = abstractId } }.Concat(overrides)) { NumberID = numId };
}
