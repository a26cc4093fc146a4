namespace Luoshi.ReportParsing.Input;

/// <summary>Tells a binary file from text by its first bytes, before any decoding is attempted.</summary>
internal static class BinaryContent
{
    /// <summary>How much of the start of a file is inspected; binary formats show themselves early.</summary>
    public const int SampleLength = 8 * 1024;

    // Text may carry a stray control character; a tenth or more of them is not text any person wrote.
    private const int ControlShareLimitPercent = 10;

    /// <summary>Why <paramref name="bytes"/> (an 8-bit or multi-byte encoding, no UTF-16) is not text, or null.</summary>
    public static string? ProblemInBytes(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        if (sample.Contains((byte)0))
        {
            return InputProblems.NulBytes;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            controls += IsControl(b) ? 1 : 0;
        }

        return TooMany(controls, sample.Length) ? InputProblems.ControlCharacters : null;
    }

    /// <summary>Why decoded UTF-16 <paramref name="text"/> is not text, or null.</summary>
    public static string? ProblemInText(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleLength / 2)];
        var controls = 0;
        foreach (var c in sample)
        {
            // U+0080..U+009F are controls too once decoded; as raw bytes they are GB18030 and Big5 lead bytes.
            controls += IsControl(c) || c is >= '\u0080' and <= '\u009F' ? 1 : 0;
        }

        return TooMany(controls, sample.Length) ? InputProblems.ControlCharacters : null;
    }

    private static bool IsControl(int c) => c is < 0x20 and not ('\t' or '\n' or '\r' or '\f') or 0x7F;

    private static bool TooMany(int controls, int length) => controls * 100 >= length * ControlShareLimitPercent && controls > 0;
}
