namespace Luoshi.Monitoring.Air;

/// <summary>Reads the time cell of the canonical layouts: <c>yyyy-MM-dd HH:mm</c>, <c>yyyy-MM-ddTHH:mm</c> or <c>yyyy-MM-dd</c>.</summary>
/// <remarks>
/// Fixed positions, read digit by digit: this runs once per row of files with millions of rows. The hour is the
/// start of the hour the value stands for (0–23; 24:00 is not accepted), as the Beijing Multi-Site data labels it.
/// </remarks>
internal static class AirTimeText
{
    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
    private static readonly int[] DaysBeforeMonthLeap = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

    /// <summary>Reads an hourly time; false unless it is a real date and a whole hour 00:00–23:00.</summary>
    public static bool TryParseHour(ReadOnlySpan<char> text, out DateOnly date, out int hour)
    {
        if (text.Length != 16 || !TryParseClock(text, out hour) || !TryParseDate(text[..10], out date))
        {
            date = default;
            hour = -1;
            return false;
        }

        return true;
    }

    /// <summary>Reads the " HH:mm" (or "THH:mm") after the date of a 16-character time; false unless a whole hour 0–23.</summary>
    public static bool TryParseClock(ReadOnlySpan<char> text, out int hour) =>
        (text[10] == ' ' || text[10] == 'T') & text[13] == ':'
        & TryTwoDigits(text[11..13], out hour) & TryTwoDigits(text[14..16], out var minute)
        && hour <= 23 && minute == 0;

    /// <summary>Reads <c>yyyy-MM-dd</c>; false unless it is a real date.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryTwoDigits(text[..2], out var century) || !TryTwoDigits(text[2..4], out var yy)
            || !TryTwoDigits(text[5..7], out var month) || !TryTwoDigits(text[8..10], out var day))
        {
            return false;
        }

        return TryDate((century * 100) + yy, month, day, out date);
    }

    /// <summary>A date from its parts; false unless it exists (year 1–9999).</summary>
    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        // The day number by arithmetic: this runs for every row, and DateOnly's constructor validates through DateTime.
        var before = DateTime.IsLeapYear(year) ? DaysBeforeMonthLeap : DaysBeforeMonth;
        if (day > before[month] - before[month - 1])
        {
            return false;
        }

        var y = year - 1;
        date = DateOnly.FromDayNumber((y * 365) + (y / 4) - (y / 100) + (y / 400) + before[month - 1] + day - 1);
        return true;
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> text, out int value)
    {
        var tens = (uint)(text[0] - '0');
        var ones = (uint)(text[1] - '0');
        value = (int)((tens * 10) + ones);
        return tens <= 9 && ones <= 9;
    }
}
