using System.Globalization;
using System.Text;

namespace Luoshi.ReportParsing.Input;

/// <summary>Where in a text file a problem is: the 1-based line and the 0-based byte offset from the file's start.</summary>
internal readonly record struct TextPlace(int Line, long ByteOffset)
{
    /// <summary>The place of <paramref name="offset"/> in UTF-8, GB18030 or Big5 bytes, where byte 0x0A is always a line feed.</summary>
    public static TextPlace InBytes(ReadOnlySpan<byte> bytes, int offset) => new(1 + bytes[..offset].Count((byte)'\n'), offset);

    /// <summary>The place of <paramref name="offset"/> in UTF-16 bytes whose text starts at <paramref name="start"/>.</summary>
    public static TextPlace InUtf16(byte[] bytes, int start, int offset, Encoding utf16)
    {
        // The bytes before the offset decoded cleanly, so decoding them again only counts their line feeds.
        var before = utf16.GetString(bytes, start, offset - start);
        return new TextPlace(1 + before.AsSpan().Count('\n'), offset);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line} (byte offset {ByteOffset})");
}
