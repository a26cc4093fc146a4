using System.Globalization;

namespace Luoshi.Domain.Values;

/// <summary>A day as people type it: 2022-06-30, 2022-6-30, 2022/6/30, 2022.6.30 or 2022年6月30日, in ASCII or full-width
/// digits; and the day number a workbook stores for a date cell. Never throws: anything else, or a day that does not
/// exist (2022-02-30), is refused.</summary>
public static class DayText
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    // Excel's day numbers: 1 is 1900-01-01 (with its 1900 leap-year quirk, which FromOADate follows), the last is 9999-12-31.
    private const double LastSerial = 2958465;

    /// <summary>True with the day when <paramref name="text"/> is one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly day)
    {
        day = default;
        text = text.Trim();
        if (text.IsEmpty || text.Length > 16)
        {
            return false;
        }

        Span<char> ascii = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            ascii[i] = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '－' => '-',
                '／' => '/',
                '．' => '.',
                _ => c,
            };
        }

        return DateOnly.TryParseExact(ascii, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    /// <summary>The day, or null when <paramref name="text"/> is not one.</summary>
    public static DateOnly? Parse(ReadOnlySpan<char> text) => TryParse(text, out var day) ? day : null;

    /// <summary>The day a workbook's day number stands for (its time of day dropped); null outside Excel's calendar.</summary>
    public static DateOnly? FromSerial(double serial) =>
        double.IsFinite(serial) && serial >= 1 && serial < LastSerial + 1
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)))
            : null;

    /// <summary>2022-06-30, the form every file and page writes.</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
