using System.Text;
using UtfUnknown;

namespace Luoshi.ReportParsing.Input;

/// <summary>Decodes text that is not UTF-8 as GB18030 (mainland files, GBK included) or Big5 (Hong Kong and Taiwan files).</summary>
/// <remarks>
/// A candidate reads the bytes only if every sequence maps to an assigned character: the code-page tables map
/// user-defined and unassigned codes to the private-use area or to C1 controls instead of failing, and ordinary
/// report text uses neither. Most texts pass only one candidate (common GB2312 lead bytes C7/C8 are unassigned in
/// Big5; common Big5 characters fall in GBK's user-defined area). When both pass, a statistical detector decides,
/// and for samples too short for it, the share of characters in each encoding's frequently used block.
/// </remarks>
internal static class LegacyChineseText
{
    // The detector's verdict settles on a sample; a whole 200 MB report adds only time.
    private const int DetectorSampleLength = 64 * 1024;

    private static readonly Encoding Gb18030 = Strict(54936);
    private static readonly Encoding Big5 = Strict(950);

    /// <summary>Decodes <paramref name="bytes"/> from <paramref name="start"/> on.</summary>
    public static LegacyDecoding Decode(byte[] bytes, int start)
    {
        var gb = Attempt(Gb18030, bytes, start);
        var big5 = Attempt(Big5, bytes, start);
        if (gb.Text is null && big5.Text is null)
        {
            return new LegacyDecoding(null, "", Math.Max(gb.InvalidAt, big5.InvalidAt));
        }

        var useBig5 = gb.Text is null || (big5.Text is not null && BothReadAsBig5(bytes.AsSpan(start)));
        return useBig5 ? new LegacyDecoding(big5.Text, "big5", 0) : new LegacyDecoding(gb.Text, "gb18030", 0);
    }

    private static bool BothReadAsBig5(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, DetectorSampleLength)];
        var detected = CharsetDetector.DetectFromBytes(sample).Detected?.EncodingName ?? "";
        if (detected.StartsWith("big5", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (detected.StartsWith("gb", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A tie goes to GB18030: this product's reports come mostly from the mainland.
        return CommonCharacterShare.Big5(sample) > CommonCharacterShare.Gb18030(sample);
    }

    private static LegacyDecoding Attempt(Encoding encoding, byte[] bytes, int start)
    {
        string text;
        var invalidAt = -1;
        try
        {
            text = encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            // The bytes before the failure decode; an unassigned code among them is the earlier failure.
            invalidAt = start + e.Index;
            text = encoding.GetString(bytes, start, e.Index);
        }

        var unassigned = FirstUnassigned(text);
        if (unassigned >= 0)
        {
            invalidAt = start + encoding.GetByteCount(text.AsSpan(0, unassigned));
        }

        return invalidAt < 0 ? new LegacyDecoding(text, encoding.WebName, 0) : new LegacyDecoding(null, "", invalidAt);
    }

    // Where the tables put codes no standard assigns: the private-use area and the C1 controls.
    private static int FirstUnassigned(string text)
    {
        var privateUse = text.AsSpan().IndexOfAnyInRange('\uE000', '\uF8FF');
        var c1 = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        return privateUse < 0 ? c1 : c1 < 0 ? privateUse : Math.Min(privateUse, c1);
    }

    private static Encoding Strict(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
