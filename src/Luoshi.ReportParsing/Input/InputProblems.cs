using System.Globalization;

namespace Luoshi.ReportParsing.Input;

/// <summary>Every problem a report file can have, worded in one place so messages stay consistent.</summary>
internal static class InputProblems
{
    private const string Expected = "(expected a .txt in UTF-8, GB18030 or Big5, or a .docx)";

    public const string NotFound = "file not found";

    public const string Directory = "a directory, not a file " + Expected;

    public const string PermissionDenied = "cannot be read: permission denied";

    public const string Empty = "empty: it holds no text " + Expected;

    public const string NulBytes = "not a text file: it contains NUL bytes " + Expected;

    public const string ControlCharacters = "not a text file: it has too many control characters " + Expected;

    public const string LegacyWord = "an old Word .doc file is not supported: save it as .docx in Word or WPS and read that";

    public const string Pdf = "a PDF is not supported: save the report as .docx, or as .txt in UTF-8, GB18030 or Big5";

    public const string DamagedDocx = "not a readable .docx: the file is damaged or is not a Word document (expected a .docx saved by Word or WPS)";

    public static string Unreadable(string reason) => $"cannot be read: {reason}";

    public static string UnknownEncoding(TextPlace place) => string.Create(
        CultureInfo.InvariantCulture, $"unreadable text at {place}: it is not UTF-8, GB18030 or Big5 {Expected}");

    public static string InvalidUnderBom(string encoding, TextPlace place) => string.Create(
        CultureInfo.InvariantCulture, $"invalid {encoding} at {place}: the file starts with a {encoding} byte order mark but is not {encoding} (save it again as UTF-8)");
}
