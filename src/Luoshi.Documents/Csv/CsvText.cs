namespace Luoshi.Documents.Csv;

/// <summary>Text for a CSV cell that a spreadsheet will not run as a formula (CSV injection): a cell starting with
/// = + - @, a tab or a carriage return gets a leading apostrophe, which Excel and WPS show as text and do not evaluate.
/// Every CSV writer passes its text cells through here; numbers it writes itself (a negative amount) stay as they are.</summary>
public static class CsvText
{
    /// <summary><paramref name="text"/> made safe to open in a spreadsheet; empty for null.</summary>
    public static string Cell(string? text) =>
        text is [('=' or '+' or '-' or '@' or '\t' or '\r'), ..] ? "'" + text : text ?? "";
}
