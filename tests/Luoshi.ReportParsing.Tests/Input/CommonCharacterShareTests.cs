using Luoshi.ReportParsing.Input;

namespace Luoshi.ReportParsing.Tests.Input;

public sealed class CommonCharacterShareTests
{
    [Fact]
    public void Shares_Gb18030Bytes_FavourGb18030()
    {
        // 发展经济 in GB18030: B7A2 D5B9 BEAD BCC3. All four are GB2312 level-1 hanzi; read as Big5, D5B9 is a level-2 hanzi.
        var bytes = LegacyEncodings.Gb18030.GetBytes("发展经济");
        Assert.Equal([0xB7, 0xA2, 0xD5, 0xB9, 0xBE, 0xAD, 0xBC, 0xC3], bytes);

        Assert.Equal(1.0, CommonCharacterShare.Gb18030(bytes));
        Assert.Equal(0.75, CommonCharacterShare.Big5(bytes));
    }

    [Fact]
    public void Shares_Big5Bytes_FavourBig5()
    {
        // 發展經濟 in Big5: B56F AE69 B867 C0D9. All four are Big5 level-1 hanzi; read as GBK only C0D9 has a trail byte from A1 up.
        var bytes = LegacyEncodings.Big5.GetBytes("發展經濟");
        Assert.Equal([0xB5, 0x6F, 0xAE, 0x69, 0xB8, 0x67, 0xC0, 0xD9], bytes);

        Assert.Equal(1.0, CommonCharacterShare.Big5(bytes));
        Assert.Equal(0.25, CommonCharacterShare.Gb18030(bytes));
    }

    [Fact]
    public void Shares_OnlyAscii_AreZero()
    {
        Assert.Equal(0.0, CommonCharacterShare.Gb18030("GDP 5.5%"u8));
        Assert.Equal(0.0, CommonCharacterShare.Big5("GDP 5.5%"u8));
    }
}
