namespace Luoshi.Indicators.Air.Annual;

/// <summary>Whether a pollutant's daily values from 1 January to a day meet (or can still meet) the annual data rules of
/// GB 3095—2026 Table 4 (<see cref="CompletenessRules"/>).</summary>
/// <param name="Values">Valid daily values counted.</param>
/// <param name="DaysLeft">Days of the year after the last day counted.</param>
/// <param name="ShortMonths">The months already ended with fewer daily values than they need (1–12).</param>
/// <param name="YearEnded">The last day counted is 31 December.</param>
public sealed record DataCompleteness(int Values, int DaysLeft, IReadOnlyList<int> ShortMonths, bool YearEnded)
{
    /// <summary>The year is over and had enough data: the annual statistic is valid.</summary>
    public bool Met => YearEnded && Possible;

    /// <summary>No ended month fell short, the current month can still reach its count (set by <see cref="Of"/>), and
    /// the year can still reach 324 values with every day left valid.</summary>
    public bool Possible => ShortMonths.Count == 0 && CurrentMonthPossible && Values + DaysLeft >= CompletenessRules.DailyValuesPerYear;

    /// <summary>The month of the last day counted, not yet ended, can still reach its count.</summary>
    public bool CurrentMonthPossible { get; init; } = true;

    /// <summary>The completeness of <paramref name="dates"/> (each a day with a valid value) over 1 January of
    /// <paramref name="to"/>'s year to <paramref name="to"/>.</summary>
    public static DataCompleteness Of(IEnumerable<DateOnly> dates, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var perMonth = new int[13];
        var values = 0;
        foreach (var date in dates)
        {
            if (date.Year == to.Year && date <= to)
            {
                perMonth[date.Month]++;
                values++;
            }
        }

        var monthEnded = to.Day == DateTime.DaysInMonth(to.Year, to.Month);
        var lastEnded = monthEnded ? to.Month : to.Month - 1;
        var shortMonths = Enumerable.Range(1, lastEnded).Where(m => perMonth[m] < CompletenessRules.DailyValuesIn(m)).ToArray();
        var daysLeftInMonth = DateTime.DaysInMonth(to.Year, to.Month) - to.Day;
        var yearDays = DateTime.IsLeapYear(to.Year) ? 366 : 365;
        return new DataCompleteness(values, yearDays - to.DayOfYear, shortMonths, to.Month == 12 && to.Day == 31)
        {
            CurrentMonthPossible = monthEnded || perMonth[to.Month] + daysLeftInMonth >= CompletenessRules.DailyValuesIn(to.Month),
        };
    }
}
