using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Documents.Tests.Word;

/// <summary>Reads a written notice back with the Open XML SDK: its paragraphs by style and its tables as text.</summary>
public sealed class NoticeDocx : IDisposable
{
    private readonly WordprocessingDocument _document;

    public NoticeDocx(string path)
    {
        _document = WordprocessingDocument.Open(path, isEditable: false);
    }

    public MainDocumentPart Main => _document.MainDocumentPart!;

    public Body Body => Main.Document!.Body!;

    public IReadOnlyList<Paragraph> Paragraphs => [.. Body.Elements<Paragraph>()];

    public IEnumerable<string> TextsOfStyle(string style) =>
        Paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText);

    public IReadOnlyList<IReadOnlyList<string>> Rows(int table) =>
        [.. Body.Elements<Table>().ElementAt(table).Elements<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])];

    public void Dispose() => _document.Dispose();
}
