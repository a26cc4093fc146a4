using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Luoshi.ReportParsing.Input.Docx;

/// <summary>The text of a document body: one line per paragraph in document order, table cells and text boxes included.</summary>
internal static class DocxBodyText
{
    public static string Of(Body body, ListLabels labels)
    {
        var lines = new List<string>();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            // Word stores a text box twice, as DrawingML and as a VML fallback; the fallback copy would repeat it.
            if (paragraph.Ancestors<AlternateContentFallback>().Any())
            {
                continue;
            }

            lines.Add(labels.Next(paragraph) + TextOf(paragraph));
        }

        return string.Join('\n', lines);
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            var piece = element switch
            {
                WordText t => t.Text,
                TabChar or PositionalTab => "\t",
                Break or CarriageReturn => "\n",
                NoBreakHyphen => "-",
                _ => null,
            };

            // A text box anchored in this paragraph is a paragraph of its own, read on its own line.
            if (piece is not null && ReferenceEquals(element.Ancestors<Paragraph>().First(), paragraph) && !IsMovedAway(element))
            {
                text.Append(piece);
            }
        }

        return text.ToString();
    }

    // Tracked moves keep the old copy as ordinary text inside w:moveFrom; only the new place is the document's text.
    private static bool IsMovedAway(OpenXmlElement element) => element.Ancestors<MoveFromRun>().Any();
}
