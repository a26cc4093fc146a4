using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Luoshi.ReportParsing.Input.Docx;

/// <summary>Reads the body text of a .docx, with the labels Word generates for numbered paragraphs.</summary>
internal static class DocxReader
{
    // Bounds what a small zip can inflate to; no real report's document.xml comes near it.
    private const long MaxCharactersInPart = 512L * 1024 * 1024;

    public static ReadResult Read(string name, byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                return ReadResult.Failure(name, InputProblems.DamagedDocx);
            }

            var text = DocxBodyText.Of(body, ListLabels.For(main));
            return ReadResult.Success(new ReportText(name, text, "docx"));
        }
        catch (Exception e) when (IsDamagedPackage(e))
        {
            return ReadResult.Failure(name, InputProblems.DamagedDocx);
        }
    }

    // What the SDK and System.IO.Packaging raise for a broken zip (FileFormatException is a FormatException),
    // a part that is not well-formed XML or is too large (XmlException), a part of the wrong kind
    // (InvalidDataException, OpenXmlPackageException), and a relationship to a missing part (InvalidOperationException).
    private static bool IsDamagedPackage(Exception e) =>
        e is FormatException or XmlException or InvalidDataException or OpenXmlPackageException or InvalidOperationException;
}
