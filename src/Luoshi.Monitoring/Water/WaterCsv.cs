using System.Text;
using Luoshi.Domain.Wording;
using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Water;

/// <summary>What the two water files share: how they are opened and decoded, and what makes a line blank.</summary>
internal static class WaterCsv
{
    // Strict decoders: a file in another encoding must fail loudly, not come through with garbled Chinese names.
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> _strictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Reads a file with <paramref name="read"/>, as UTF-8 (with or without BOM) or else as GB18030 — what Excel
    /// on a Chinese Windows saves as "CSV (逗号分隔)" is GBK, a part of GB18030. A missing or unreadable file, or one in
    /// neither encoding, is one error for the file.</summary>
    /// <remarks>The fallback reads the file a second time from the start; it is met only when a byte is not UTF-8,
    /// and the first pass kept nothing.</remarks>
    public static WaterFileResult<T> Read<T>(string path, Func<TextReader, string, WaterFileResult<T>> read)
    {
        if (!File.Exists(path))
        {
            return Failed<T>(new WaterFileError(path, null, Catalogue.Monitoring.FileNotFound));
        }

        try
        {
            return Decoded(path, _strictUtf8, read)
                ?? Decoded(path, _strictGb18030.Value, read)
                ?? Failed<T>(new WaterFileError(path, null, Catalogue.Monitoring.NotUtf8OrGb));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed<T>(new WaterFileError(path, null, Catalogue.Files.CannotRead(e.Message)));
        }
    }

    private static WaterFileResult<T>? Decoded<T>(string path, Encoding encoding, Func<TextReader, string, WaterFileResult<T>> read)
    {
        try
        {
            using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
            return read(text, path);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Comma-separated, quoted fields unescaped, spaces around fields ignored; rows may be short or long,
    /// so that a wrong field count is reported with its line instead of thrown.</summary>
    public static SepReader Open(TextReader text) =>
        Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).From(text);

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
        new(file, new FilePlace(file, row.LineNumberFrom, null), Catalogue.Monitoring.FieldCount(expected, row.ColCount));

    public static WaterFileResult<T> Failed<T>(WaterFileError error) => new([], [error]);
}
