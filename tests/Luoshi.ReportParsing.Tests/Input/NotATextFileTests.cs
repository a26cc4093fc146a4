using System.Text;
using static Luoshi.ReportParsing.Tests.Input.DocxBuilder;

namespace Luoshi.ReportParsing.Tests.Input;

/// <summary>Files that are not a text or .docx report at all: binaries, old Word files, PDFs, broken packages.</summary>
public sealed class NotATextFileTests
{
    [Fact]
    public void Read_FileWithNulBytes_ReportsNotText()
    {
        var bytes = Encoding.UTF8.GetBytes("政府工作报告\0\0\u0001\0");

        Assert.Equal(
            "not a text file: it contains NUL bytes (expected a .txt in UTF-8, GB18030 or Big5, or a .docx)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_FileOfControlCharacters_ReportsNotText()
    {
        byte[] bytes = [.. Enumerable.Range(0, 64).Select(i => (byte)(1 + i % 8)), .. "report"u8];

        Assert.Equal(
            "not a text file: it has too many control characters (expected a .txt in UTF-8, GB18030 or Big5, or a .docx)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_Utf32WithItsByteOrderMark_ReportsNotText()
    {
        // FF FE 00 00 starts like UTF-16; read so, every other character is NUL.
        byte[] bytes = [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes("政府工作报告")];

        Assert.Equal(
            "not a text file: it has too many control characters (expected a .txt in UTF-8, GB18030 or Big5, or a .docx)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_OldWordDoc_AsksForDocx()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Assert.Equal(
            "an old Word .doc file is not supported: save it as .docx in Word or WPS and read that",
            ReadAssert.ProblemOf("report.doc", bytes));
    }

    [Fact]
    public void Read_Pdf_SaysItIsNotSupported()
    {
        var bytes = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray();

        Assert.Equal(
            "a PDF is not supported: save the report as .docx, or as .txt in UTF-8, GB18030 or Big5",
            ReadAssert.ProblemOf("report.pdf", bytes));
    }

    [Fact]
    public void Read_ZipSignatureFollowedByGarbage_ReportsDamagedDocx()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x7A, 200)];

        Assert.Equal(DamagedDocx, ReadAssert.ProblemOf("report.docx", bytes));
    }

    [Fact]
    public void Read_TruncatedDocx_ReportsDamagedDocx()
    {
        var whole = Build(Paragraph("一、总体要求"), Paragraph("全面推进乡村振兴。"));

        Assert.Equal(DamagedDocx, ReadAssert.ProblemOf("report.docx", whole[..(whole.Length / 2)]));
    }

    private const string DamagedDocx =
        "not a readable .docx: the file is damaged or is not a Word document (expected a .docx saved by Word or WPS)";
}
