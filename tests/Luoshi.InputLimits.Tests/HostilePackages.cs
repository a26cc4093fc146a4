using System.IO.Compression;
using System.Text;

namespace Luoshi.InputLimits.Tests;

/// <summary>Workbooks and Word documents made by code, well formed as packages but hostile inside: a sheet of gigabytes
/// of spaces (a zip bomb), a million paragraphs, a DTD. Also compiled into the command-line tests, which feed them to
/// the real program and measure its memory.</summary>
public static class HostilePackages
{
    public const string SheetStart = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    public const string SheetEnd = "</sheetData></worksheet>";
    public const string BodyStart = """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    public const string BodyEnd = "</w:body></w:document>";

    /// <summary>A workbook with one sheet (named Sheet1) whose XML <paramref name="writeSheet"/> writes.</summary>
    public static void Workbook(string path, Action<Stream> writeSheet, params (string Name, string Text)[] extra)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Text(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Text(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Text(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Text(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        using (var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open())
        {
            writeSheet(sheet);
        }

        foreach (var (name, text) in extra)
        {
            Text(zip, name, text);
        }
    }

    /// <summary>A Word document whose body XML <paramref name="writeDocument"/> writes.</summary>
    public static void Document(string path, Action<Stream> writeDocument)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Text(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        Text(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
        using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
        writeDocument(document);
    }

    /// <summary>A workbook whose sheet unpacks to <paramref name="expandedBytes"/> (spaces between the tags).</summary>
    public static void BombWorkbook(string path, long expandedBytes) => Workbook(path, sheet =>
    {
        Write(sheet, SheetStart);
        WriteSpaces(sheet, expandedBytes - SheetStart.Length - SheetEnd.Length);
        Write(sheet, SheetEnd);
    });

    /// <summary>A Word document whose body unpacks to <paramref name="expandedBytes"/> (spaces between the tags).</summary>
    public static void BombDocument(string path, long expandedBytes) => Document(path, body =>
    {
        Write(body, BodyStart);
        WriteSpaces(body, expandedBytes - BodyStart.Length - BodyEnd.Length);
        Write(body, BodyEnd);
    });

    /// <summary>A Word document of <paramref name="count"/> paragraphs, each <paramref name="text"/> (a short sentence).</summary>
    public static void Paragraphs(string path, int count, string text = "加快建设。") => Document(path, body =>
    {
        using var writer = new StreamWriter(body, new UTF8Encoding(false), 1 << 16);
        writer.Write(BodyStart);
        for (var i = 0; i < count; i++)
        {
            writer.Write("<w:p><w:r><w:t>");
            writer.Write(text);
            writer.Write("</w:t></w:r></w:p>");
        }

        writer.Write(BodyEnd);
    });

    public static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static void WriteSpaces(Stream stream, long count)
    {
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)' ');
        for (var left = count; left > 0; left -= block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
        }
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        Write(entry, text);
    }
}
