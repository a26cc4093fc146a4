using System.Text;

namespace Luoshi.ReportParsing.Tests.Input;

/// <summary>Text files whose bytes no supported encoding reads; the problem names the line and byte offset.</summary>
public sealed class UndecodableTextTests
{
    [Fact]
    public void Read_HighBytesNoEncodingReads_ReportsThePlace()
    {
        // "report\n" is 7 bytes and "line two\n" 9: the bad bytes start at offset 16 on line 3.
        // 0x80 is no GB18030 lead byte, and Big5 has no character for it (the table gives the control U+0080).
        byte[] bytes = [.. "report\nline two\n"u8, 0x80, 0xFF, 0x80, 0xFF, 0xFE, 0x80];

        Assert.Equal(
            "unreadable text at line 3 (byte offset 16): it is not UTF-8, GB18030 or Big5 (expected a .txt in UTF-8, GB18030 or Big5, or a .docx)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_Gb18030TextWithADamagedByte_ReportsWhereGb18030Stopped()
    {
        // 一、总体要求\n is 13 bytes of GB18030; Big5 already stops at 求 (C7 F3), so the damage at 13 is the furthest reach.
        byte[] bytes = [.. LegacyEncodings.Gb18030.GetBytes("一、总体要求\n"), 0xFF, .. LegacyEncodings.Gb18030.GetBytes("全面推进")];

        Assert.Equal(
            "unreadable text at line 2 (byte offset 13): it is not UTF-8, GB18030 or Big5 (expected a .txt in UTF-8, GB18030 or Big5, or a .docx)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_Utf8TextWithADamagedByte_ReportsWhereUtf8Stopped()
    {
        // 第一行\n is 10 bytes of UTF-8; 0xFF is never UTF-8, and GB18030 and Big5 stop at the first Chinese character.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("第一行\n"), 0xFF, .. Encoding.UTF8.GetBytes("第二行")];

        Assert.Equal(
            "unreadable text at line 2 (byte offset 10): it is not UTF-8, GB18030 or Big5 (expected a .txt in UTF-8, GB18030 or Big5, or a .docx)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_InvalidUtf8AfterUtf8Bom_ReportsThePlace()
    {
        // BOM (3) + "ab\n" (3): the lone C3 with a non-continuation byte after it is at offset 6, line 2.
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab\n"u8, 0xC3, 0x28];

        Assert.Equal(
            "invalid UTF-8 at line 2 (byte offset 6): the file starts with a UTF-8 byte order mark but is not UTF-8 (save it again as UTF-8)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_Utf16WithOddLength_ReportsTheHalfCodeUnit()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("村\n镇"), 0x41];

        Assert.Equal(
            "invalid UTF-16 at line 2 (byte offset 8): the file starts with a UTF-16 byte order mark but is not UTF-16 (save it again as UTF-8)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }

    [Fact]
    public void Read_Utf16WithUnpairedSurrogate_ReportsTheSurrogate()
    {
        // A high surrogate (D800) followed by 村, not by a low surrogate.
        byte[] bytes = [0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x00, .. Encoding.BigEndianUnicode.GetBytes("村")];

        Assert.Equal(
            "invalid UTF-16 at line 1 (byte offset 4): the file starts with a UTF-16 byte order mark but is not UTF-16 (save it again as UTF-8)",
            ReadAssert.ProblemOf("report.txt", bytes));
    }
}
