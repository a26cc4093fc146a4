using System.IO.Compression;
using System.Text;
using Luoshi.Domain.Wording;

namespace Luoshi.InputLimits.Tests;

/// <summary>The checks on each side of every limit (docs/operations.md, Input limits), with the messages a person reads.</summary>
public sealed class InputCheckTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "luoshi-limits-" + Guid.NewGuid().ToString("N"));

    public InputCheckTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    private static Problem? Check(string path)
    {
        using var stream = File.OpenRead(path);
        return InputCheck.Package(stream);
    }

    private static Action<Stream> Xml(string text) => s => HostilePackages.Write(s, text);

    [Fact]
    public void Package_SmallWorkbook_AcceptedAndThePositionLeftForTheReader()
    {
        HostilePackages.Workbook(PathOf("ok.xlsx"), Xml(HostilePackages.SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位</t></is></c></row>" + HostilePackages.SheetEnd));
        using var stream = File.OpenRead(PathOf("ok.xlsx"));
        stream.Position = 0;

        Assert.Null(InputCheck.Package(stream));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Package_SheetUnpackingToOneByteOverTheLimit_RefusedAsAZipBombAtTheLimit()
    {
        HostilePackages.BombWorkbook(PathOf("bomb.xlsx"), FileLimits.MaxExpandedBytes + 1);

        var refusal = Check(PathOf("bomb.xlsx"));

        Assert.Equal(new Problem(new Words(
            "压缩包解压后至少 64 MiB，上限 64 MiB（疑似压缩炸弹），未读取",
            "the package unpacks to at least 64 MiB, the limit is 64 MiB (a zip bomb?); not read"), null, ProblemKind.TooLarge), refusal);
    }

    [Fact]
    public void Package_SheetUnpackingToTheLimitLessTheOtherParts_Accepted()
    {
        // The four small parts take some hundred bytes unpacked; the sheet fills the rest up to the limit exactly.
        HostilePackages.Workbook(PathOf("empty.xlsx"), Xml(""));
        long others;
        using (var empty = ZipFile.OpenRead(PathOf("empty.xlsx")))
        {
            others = empty.Entries.Sum(e => e.Length);
        }

        HostilePackages.BombWorkbook(PathOf("full.xlsx"), FileLimits.MaxExpandedBytes - others);

        Assert.Null(Check(PathOf("full.xlsx")));
    }

    [Fact]
    public void Package_DirectoryDeclaringGigabytes_RefusedBeforeInflatingAnything()
    {
        HostilePackages.BombWorkbook(PathOf("declared.xlsx"), 2L * 1024 * 1024 * 1024);

        var refusal = Check(PathOf("declared.xlsx"));

        Assert.Equal("压缩包解压后至少 2 GiB，上限 64 MiB（疑似压缩炸弹），未读取", refusal?.Message.Zh);
        Assert.True(new FileInfo(PathOf("declared.xlsx")).Length < 3 * 1024 * 1024);
    }

    [Fact]
    public void Package_DirectoryUnderstatingItsSize_InflatedOnlyToTheDeclaredSizeAndRefusedAsDamaged()
    {
        HostilePackages.BombWorkbook(PathOf("liar.xlsx"), 80L * 1024 * 1024);
        ZipSizes.Understate(PathOf("liar.xlsx"), "xl/worksheets/sheet1.xml", 1_000);

        var refusal = Check(PathOf("liar.xlsx"));

        // The zip reader stops at the size the directory declares, so the sheet ends mid-way: damaged, not a bomb.
        Assert.Equal(new Problem(Catalogue.Input.BadXml, new Place(Entry: "xl/worksheets/sheet1.xml", Line: 1, Column: "1001")), refusal);
        Assert.Equal("xl/worksheets/sheet1.xml, line 1, column 1001", refusal!.Place!.ToWords().En);
    }

    [Fact]
    public void Package_OneThousandEntries_AcceptedAndOneMoreRefused()
    {
        Entries(PathOf("1000.zip"), 1_000);
        Entries(PathOf("1001.zip"), 1_001);

        Assert.Null(Check(PathOf("1000.zip")));
        Assert.Equal(new Problem(new Words("压缩包内有 1001 个条目，上限 1000 个，未读取", "the package holds 1001 entries, the limit is 1000; not read"), null, ProblemKind.TooLarge),
            Check(PathOf("1001.zip")));
    }

    [Fact]
    public void Package_SheetWithADtd_RefusedNamingTheEntryLineAndColumn()
    {
        HostilePackages.Workbook(PathOf("dtd.xlsx"), Xml("<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\">]>\n<worksheet>&lol;</worksheet>"));

        var refusal = Check(PathOf("dtd.xlsx"));

        Assert.Equal(new Problem(new Words("含有文档类型定义（DTD），不予读取", "holds a document type definition (DTD), which is refused"),
            new Place(Entry: "xl/worksheets/sheet1.xml", Line: 2, Column: "1")), refusal);
        Assert.Equal(("xl/worksheets/sheet1.xml，第 2 行，1 列", "xl/worksheets/sheet1.xml, line 2, column 1"), (refusal!.Place!.ToWords().Zh, refusal.Place.ToWords().En));
    }

    [Fact]
    public void Package_MalformedSheetXml_RefusedAsDamagedWithItsPlace()
    {
        HostilePackages.Workbook(PathOf("broken.xlsx"), Xml(HostilePackages.SheetStart + "\n<row><c></row>" + HostilePackages.SheetEnd));

        Assert.Equal(new Problem(new Words("XML 格式错误，文件已损坏", "malformed XML, the file is damaged"),
            new Place(Entry: "xl/worksheets/sheet1.xml", Line: 2, Column: "11")), Check(PathOf("broken.xlsx")));
    }

    [Fact]
    public void Package_XmlPartUnderAnotherName_CheckedByItsContent()
    {
        HostilePackages.Workbook(PathOf("renamed.xlsx"), Xml(HostilePackages.SheetStart + HostilePackages.SheetEnd),
            ("xl/worksheets/sheet2.bin", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>"));

        Assert.Equal(new Problem(Catalogue.Input.Dtd, new Place(Entry: "xl/worksheets/sheet2.bin", Line: 1, Column: "22")), Check(PathOf("renamed.xlsx")));
    }

    [Fact]
    public void Package_MillionParagraphs_RefusedForTooManyElements()
    {
        HostilePackages.Paragraphs(PathOf("million.docx"), 1_000_000);

        Assert.Equal(new Problem(new Words("XML 元素超过 1000000 个上限，未读取", "more than 1000000 XML elements, the limit; not read"),
            new Place(Entry: "word/document.xml"), ProblemKind.TooLarge), Check(PathOf("million.docx")));
    }

    [Fact]
    public void Package_TwoHundredThousandParagraphs_Accepted()
    {
        // 4 elements a paragraph: 800,002 in all, under the limit.
        HostilePackages.Paragraphs(PathOf("long.docx"), 200_000);

        Assert.Null(Check(PathOf("long.docx")));
    }

    [Theory]
    [InlineData("not a zip file at all")]
    [InlineData("PK\u0003\u0004 and then nothing of a zip")]
    public void Package_NotAZip_RefusedAsDamaged(string content)
    {
        var refusal = InputCheck.Package(Encoding.UTF8.GetBytes(content));

        Assert.Equal("不是有效的 Office 文件（.xlsx / .docx 是 zip 压缩包），文件已损坏", refusal?.Message.Zh);
        Assert.True(InputCheck.IsDamaged(refusal!));
    }

    [Fact]
    public void Size_ThirtyTwoMebibytes_AcceptedAndOneByteMoreRefused()
    {
        Assert.Null(InputCheck.Size(FileLimits.MaxFileBytes));
        Assert.Equal(new Words("文件过大：32 MiB，上限 32 MiB，未读取", "file too large: 32 MiB, the limit is 32 MiB; not read"),
            InputCheck.Size(FileLimits.MaxFileBytes + 1)?.Message);
        Assert.Equal("文件过大：2 GiB，上限 32 MiB，未读取", InputCheck.Size(2L * 1024 * 1024 * 1024)?.Message.Zh);
        Assert.Equal(ProblemKind.TooLarge, InputCheck.Size(FileLimits.MaxFileBytes + 1)?.Kind);
    }

    private static void Entries(string path, int count)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        for (var i = 0; i < count; i++)
        {
            using var entry = zip.CreateEntry($"media/image{i}.png", CompressionLevel.NoCompression).Open();
            entry.WriteByte(0x89);
        }
    }
}
