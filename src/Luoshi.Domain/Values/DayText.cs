using System.Globalization;

namespace Luoshi.Domain.Values;

/// <summary>A day as people type it: 2022-06-30, 2022-6-30, 2022/6/30, 2022.6.30 or 2022年6月30日, in ASCII or full-width
/// digits; and the day number a workbook stores for a date cell. Never throws: anything else, or a day that does not
/// exist (2022-02-30), is refused.</summary>
public static class DayText
{
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

        return TryRead(ascii, out day);
    }

    // A year of four digits, a month and a day of one or two digits, between them the same '-', '/' or '.' twice, or
    // 年, 月 and 日. Read by hand rather than by DateOnly.TryParseExact over five formats: that took 30 µs a day, most of a
    // progress file's reading when its rows carry dates.
    private static bool TryRead(ReadOnlySpan<char> text, out DateOnly day)
    {
        day = default;
        var at = 0;
        if (!Digits(text, ref at, 4, 4, out var year) || at == text.Length)
        {
            return false;
        }

        var separator = text[at++];
        var chinese = separator == '年';
        if (!chinese && separator is not ('-' or '/' or '.'))
        {
            return false;
        }

        if (!Digits(text, ref at, 1, 2, out var month) || at == text.Length || text[at++] != (chinese ? '月' : separator)
            || !Digits(text, ref at, 1, 2, out var dayOfMonth))
        {
            return false;
        }

        if (chinese && (at == text.Length || text[at++] != '日'))
        {
            return false;
        }

        if (at != text.Length || year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    // Reads from min to max ASCII digits at <paramref name="at"/>.
    private static bool Digits(ReadOnlySpan<char> text, ref int at, int min, int max, out int value)
    {
        value = 0;
        var start = at;
        while (at < text.Length && at - start < max && char.IsAsciiDigit(text[at]))
        {
            value = (value * 10) + (text[at++] - '0');
        }

        return at - start >= min && (at == text.Length || !char.IsAsciiDigit(text[at]));
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
