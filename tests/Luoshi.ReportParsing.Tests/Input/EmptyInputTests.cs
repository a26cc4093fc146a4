using System.Text;
using static Luoshi.ReportParsing.Tests.Input.DocxBuilder;

namespace Luoshi.ReportParsing.Tests.Input;

public sealed class EmptyInputTests
{
    private const string Empty = "empty: it holds no text (expected a .txt in UTF-8, GB18030 or Big5, or a .docx)";

    public static TheoryData<string, byte[]> EmptyFiles => new()
    {
        { "no bytes", [] },
        { "a UTF-8 byte order mark only", [0xEF, 0xBB, 0xBF] },
        { "a UTF-16 byte order mark only", [0xFF, 0xFE] },
        { "spaces, line breaks and an ideographic space", Encoding.UTF8.GetBytes(" \r\n\t\u3000\n") },
    };

    [Theory]
    [MemberData(nameof(EmptyFiles))]
    public void Read_TextFileWithoutText_ReportsEmpty(string holding, byte[] bytes)
    {
        Assert.NotNull(holding);

        Assert.Equal(Empty, ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_DocxWithOnlyEmptyParagraphs_ReportsEmpty()
    {
        var bytes = Build(Paragraph(""), Paragraph("  "));

        Assert.Equal(Empty, ReadAssert.ProblemOf("report.docx", bytes));
    }
}
