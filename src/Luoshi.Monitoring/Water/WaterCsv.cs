using System.Text;
using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Water;

/// <summary>What the two water files share: how they are opened and decoded, and what makes a line blank.</summary>
internal static class WaterCsv
{
    // Strict UTF-8: a file saved as GBK would otherwise come through with its Chinese names silently garbled.
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file with <paramref name="read"/>, turning a missing, unreadable or non-UTF-8 file into an error.</summary>
    public static WaterFileResult<T> Read<T>(string path, Func<TextReader, string, WaterFileResult<T>> read)
    {
        if (!File.Exists(path))
        {
            return Failed<T>(new WaterFileError(path, null, "file not found"));
        }

        try
        {
            using var text = new StreamReader(path, _strictUtf8, detectEncodingFromByteOrderMarks: true);
            return read(text, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed<T>(new WaterFileError(path, null, $"cannot read the file: {e.Message}"));
        }
    }

    /// <summary>Comma-separated, quoted fields unescaped, spaces around fields ignored; rows may be short or long,
    /// so that a wrong field count is reported with its line instead of thrown.</summary>
    public static SepReader Open(TextReader text) =>
        Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).From(text);

    /// <summary>Runs a row-by-row read, turning bytes that are not UTF-8 into one error for the file.</summary>
    public static WaterFileResult<T> Decoding<T>(string file, Func<WaterFileResult<T>> read)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException)
        {
            return Failed<T>(new WaterFileError(file, null, "the file is not UTF-8 text; save it as CSV UTF-8"));
        }
    }

    /// <summary>A line with nothing in any field, as spreadsheets leave at the end of an export.</summary>
    public static bool IsBlank(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The error for a row whose field count differs from the header's.</summary>
    public static WaterFileError FieldCount(string file, SepReader.Row row, int expected) =>
        new(file, new FilePlace(file, row.LineNumberFrom, null), $"expected {expected} fields as in the header, found {row.ColCount}");

    public static WaterFileResult<T> Failed<T>(WaterFileError error) => new([], [error]);
}
