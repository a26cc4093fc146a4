namespace Luoshi.ReportParsing.Input;

/// <summary>The share of double-byte characters that fall in an encoding's frequently used block.</summary>
/// <remarks>
/// Real text keeps to the common block of its own encoding: GB2312's punctuation rows and level-1 hanzi
/// (leads A1-A3, B0-D7, trail A1-FE) or Big5's symbols and level-1 hanzi (leads A1-C5, and C6 up to trail 7E).
/// Read in the other encoding, the same bytes land in kana, Greek, Cyrillic, GBK's rare extension rows or
/// Big5's level-2 hanzi. Used only when the statistical detector cannot decide on a short text.
/// </remarks>
internal static class CommonCharacterShare
{
    /// <summary>The share for GB18030, from 0 to 1; 0 when the bytes hold no double-byte character.</summary>
    public static double Gb18030(ReadOnlySpan<byte> bytes)
    {
        int common = 0, total = 0;
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            total++;
            if (i + 1 < bytes.Length && bytes[i + 1] is >= 0x30 and <= 0x39)
            {
                i += 4; // A four-byte sequence: GB18030's own additions, never among the common characters.
                continue;
            }

            var lead = bytes[i];
            var trail = i + 1 < bytes.Length ? bytes[i + 1] : 0;
            common += lead is (>= 0xA1 and <= 0xA3) or (>= 0xB0 and <= 0xD7) && trail >= 0xA1 ? 1 : 0;
            i += 2;
        }

        return Share(common, total);
    }

    /// <summary>The share for Big5, from 0 to 1; 0 when the bytes hold no double-byte character.</summary>
    public static double Big5(ReadOnlySpan<byte> bytes)
    {
        int common = 0, total = 0;
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            total++;
            var lead = bytes[i];
            var trail = i + 1 < bytes.Length ? bytes[i + 1] : 0;
            common += lead is >= 0xA1 and <= 0xC5 || (lead == 0xC6 && trail <= 0x7E) ? 1 : 0;
            i += 2;
        }

        return Share(common, total);
    }

    private static double Share(int common, int total) => total == 0 ? 0 : (double)common / total;
}
