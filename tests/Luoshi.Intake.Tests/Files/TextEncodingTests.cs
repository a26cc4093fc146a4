using System.Text;
using Luoshi.Intake.Files;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Tests.Files;

/// <summary>The one encoding policy: the same Chinese text saved as UTF-8, UTF-8 with a byte-order mark, GB18030 (what
/// Excel and WPS on a Chinese Windows save) and UTF-16 reads the same; bytes that are no text are refused.</summary>
public sealed class TextEncodingTests
{
    private const string Csv = "code,名称\nV1,东升村\nV2,𠀀坑村\n";

    private static readonly Encoding Gb18030 = GetGb18030();

    public static TheoryData<string, byte[]> Savings => new()
    {
        { "utf8", Encoding.UTF8.GetBytes(Csv) },
        { "utf8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv)] },
        { "gb18030", Gb18030.GetBytes(Csv) },
        { "utf16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Csv)] },
    };

    [Theory]
    [MemberData(nameof(Savings))]
    public void Open_SameTextInEachEncoding_SameCells(string saving, byte[] bytes)
    {
        var (table, problem) = TableFiles.Open(IntakeFile.FromBytes(saving + ".csv", bytes), [new("code", "代码"), new("name", "名称")]);

        Assert.Null(problem);
        using (table)
        {
            var rows = new List<(int, string, string)>();
            while (table!.MoveNext())
            {
                rows.Add((table.Number, table.Text(0), table.Text(1)));
            }

            Assert.Equal([(2, "V1", "东升村"), (3, "V2", "𠀀坑村")], rows);
        }
    }

    [Fact]
    public void Open_BytesNeitherUtf8NorGb18030_RefusedAsNoText()
    {
        var (table, problem) = TableFiles.Open(IntakeFile.FromBytes("bad.csv", [0x63, 0x0A, 0xFF, 0xFE, 0x80]), [new("code", "代码")]);

        Assert.Null(table);
        Assert.Equal("bad.csv: expected a CSV text file (UTF-8 or GB18030, as Excel and WPS save it) or an .xlsx workbook",
            $"{problem!.Place!.ToWords().En}: {problem.Message.En}");
        Assert.Equal("bad.csv：应为 CSV 文本文件（UTF-8 或 GB18030 编码，即 Excel、WPS 保存的格式）或 .xlsx 工作簿", $"{problem.Place!.ToWords().Zh}：{problem.Message.Zh}");
    }

    [Fact]
    public void Open_NulBytesWithoutUtf16Mark_RefusedAsNoText()
    {
        var (table, problem) = TableFiles.Open(IntakeFile.FromBytes("x.csv", [0x63, 0x00, 0x6F, 0x00, 0x0A]), [new("code", "代码")]);

        Assert.Null(table);
        Assert.StartsWith("expected a CSV text file", problem!.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void MoveNext_Utf8ThenABadByteAfterTheSample_FailureNamesTheLine()
    {
        // 70,000 lines of UTF-8 decide the encoding; a GBK byte pair far beyond the first 64 KB stops the reading.
        var text = new StringBuilder("code\n");
        for (var i = 0; i < 70_000; i++)
        {
            text.Append("V1\n");
        }

        byte[] bytes = [.. Encoding.UTF8.GetBytes(text.ToString()), 0xB6, 0xAB, 0x0A];
        var (table, problem) = TableFiles.Open(IntakeFile.FromBytes("late.csv", bytes), [new("code", "代码")]);
        Assert.Null(problem);
        using (table)
        {
            var rows = 0;
            while (table!.MoveNext())
            {
                rows++;
            }

            Assert.NotNull(table.Failure);
            Assert.StartsWith("the file stops being UTF-8 text after line", table.Failure.Message.En, StringComparison.Ordinal);
            Assert.True(rows < 70_000);
        }
    }

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
