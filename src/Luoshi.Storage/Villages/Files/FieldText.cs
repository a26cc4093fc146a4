using System.Globalization;

namespace Luoshi.Storage.Villages.Files;

/// <summary>Reads the values register files hold — yes/no, dates, counts, amounts — the way offices type them, in
/// English or Chinese; each parser returns null for text it does not accept, and the importer says what was expected.</summary>
internal static class FieldText
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    public static bool? Bool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "true" or "1" or "是" or "有" or "√" or "✓" => true,
        "no" or "n" or "false" or "0" or "否" or "无" or "×" or "✗" => false,
        _ => null,
    };

    /// <summary>A pass/fail result: besides yes/no, 通过/达标/合格 and their opposites.</summary>
    public static bool? Passed(string text) => text.Trim().ToLowerInvariant() switch
    {
        "pass" or "passed" or "通过" or "达标" or "合格" => true,
        "fail" or "failed" or "不通过" or "未通过" or "不达标" or "未达标" or "不合格" => false,
        var other => Bool(other),
    };

    /// <summary>A date; in a workbook also Excel's day number, which is how a date cell is stored.</summary>
    public static DateOnly? Day(string text, bool workbook)
    {
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return workbook && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)))
            : null;
    }

    /// <summary>A whole number of at least 0.</summary>
    public static int? Count(string text) =>
        int.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && d == decimal.Truncate(d) && d <= int.MaxValue ? (int)d
        : null;

    /// <summary>A number (a workbook may store 12.5 as 12.500000000000002: rounded to 4 places).</summary>
    public static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? Math.Round(d, 4) : null;

    /// <summary>A year between 2000 and 2100.</summary>
    public static int? Year(string text) => Count(text) is { } y && y is >= 2000 and <= 2100 ? y : null;
}
