using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Luoshi.ReportParsing.Input;

/// <summary>Reads a text file: a byte order mark settles UTF-8 or UTF-16; without one, strict UTF-8, then GB18030 or Big5.</summary>
internal static class PlainTextReader
{
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    /// <summary>Decodes <paramref name="bytes"/>; invalid bytes are reported with their place, never replaced by U+FFFD.</summary>
    public static ReadResult Read(string name, byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return ReadUtf16(name, bytes, bigEndian: false);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return ReadUtf16(name, bytes, bigEndian: true);
        }

        var hasBom = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var start = hasBom ? 3 : 0;
        if (BinaryContent.ProblemInBytes(span[start..]) is { } binary)
        {
            return ReadResult.Failure(name, binary);
        }

        if (Utf8.IsValid(span[start..]))
        {
            return Success(name, Encoding.UTF8.GetString(bytes, start, bytes.Length - start), "utf-8");
        }

        var firstInvalidUtf8 = FirstInvalidUtf8(span, start);
        if (hasBom)
        {
            return ReadResult.Failure(name, InputProblems.InvalidUnderBom("UTF-8", TextPlace.InBytes(span, firstInvalidUtf8)));
        }

        var legacy = LegacyChineseText.Decode(bytes, start);
        if (legacy.Text is null)
        {
            // The furthest any encoding read is most likely where the damage is.
            var place = TextPlace.InBytes(span, Math.Max(legacy.InvalidAt, firstInvalidUtf8));
            return ReadResult.Failure(name, InputProblems.UnknownEncoding(place));
        }

        return Success(name, legacy.Text, legacy.Encoding);
    }

    private static ReadResult ReadUtf16(string name, byte[] bytes, bool bigEndian)
    {
        var utf16 = bigEndian ? Utf16Be : Utf16Le;
        var invalid = Utf16Text.FirstInvalid(bytes, 2, bigEndian);
        if (invalid >= 0)
        {
            return ReadResult.Failure(name, InputProblems.InvalidUnderBom("UTF-16", TextPlace.InUtf16(bytes, 2, invalid, utf16)));
        }

        // Checked above, so the decoder has nothing to replace.
        var text = utf16.GetString(bytes, 2, bytes.Length - 2);
        return BinaryContent.ProblemInText(text) is { } binary ? ReadResult.Failure(name, binary) : Success(name, text, "utf-16");
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, int start)
    {
        var i = start;
        while (i < bytes.Length && Rune.DecodeFromUtf8(bytes[i..], out _, out var length) == OperationStatus.Done)
        {
            i += length;
        }

        return i;
    }

    private static ReadResult Success(string name, string text, string encoding) => ReadResult.Success(new ReportText(name, text, encoding));
}
