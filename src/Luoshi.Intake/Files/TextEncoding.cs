using System.Text;
using Luoshi.Domain.Wording;

namespace Luoshi.Intake.Files;

/// <summary>The one encoding policy of every text file the ledger reads: a byte-order mark decides (UTF-8, UTF-16);
/// else UTF-8 when the bytes are UTF-8, else GB18030 — which Excel and WPS on a Chinese Windows save as “CSV (逗号分隔)”
/// (GBK is a part of it). Both decoders are strict: a byte that fits neither is a problem of the file, never a
/// garbled name. A file with more than 1% NUL bytes and no UTF-16 mark is no text file at all.</summary>
public static class TextEncoding
{
    /// <summary>How much of a file decides its encoding; a later byte that is not UTF-8 is still caught while reading.</summary>
    public const int Sample = 1 << 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The encoding of text that starts with <paramref name="start"/>, and how many bytes its mark takes; null
    /// when it is no text (NUL bytes) or neither UTF-8 nor GB18030.</summary>
    /// <param name="complete">True when <paramref name="start"/> is the whole file, so a cut character at its end is an error.</param>
    public static (Encoding? Encoding, int Mark) Detect(ReadOnlySpan<byte> start, bool complete)
    {
        if (start.StartsWith("\uFEFF"u8))
        {
            return (StrictUtf8, 3);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        // A stray NUL is a cell's problem, placed by the text rules (one NUL is over 1% of a short file); more of them
        // make no text file at all (UTF-16 without its mark has one in every other byte).
        var nuls = start.Count((byte)0);
        if (nuls > 1 && nuls * 100 > start.Length)
        {
            return (null, 0);
        }

        if (IsUtf8(start, complete))
        {
            return (StrictUtf8, 0);
        }

        return Decodes(StrictGb18030.Value, start, complete) ? (StrictGb18030.Value, 0) : (null, 0);
    }

    /// <summary>The file's text reader, positioned after its mark, or the problem with the file.</summary>
    public static (TextReader? Reader, Problem? Problem) Open(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sample = new byte[Sample];
        var read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var (encoding, mark) = Detect(sample.AsSpan(0, read), complete: read < sample.Length);
        if (encoding is null)
        {
            stream.Dispose();
            return (null, new Problem(Catalogue.Files.NotText, Place.OfFile(file)));
        }

        stream.Position = mark;
        return (new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16), null);
    }

    /// <summary>Decodes a whole file held in memory by the policy; null when it is no text in UTF-8, UTF-16 or GB18030.</summary>
    public static string? Decode(ReadOnlySpan<byte> content)
    {
        var (encoding, mark) = Detect(content, complete: true);
        return encoding?.GetString(content[mark..]);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }

        // A sample may end inside a character: up to three trailing bytes of a sequence are not yet an error.
        for (var cut = 1; !complete && cut <= 3 && cut < bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Decodes(Encoding encoding, ReadOnlySpan<byte> bytes, bool complete)
    {
        var decoder = encoding.GetDecoder();
        try
        {
            var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
            decoder.GetChars(bytes, chars, flush: complete);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
