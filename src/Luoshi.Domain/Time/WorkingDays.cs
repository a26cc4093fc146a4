namespace Luoshi.Domain.Time;

/// <summary>Working days (工作日) by the State Council's holiday notices: Monday to Friday, less the days off, plus the
/// adjusted working weekends. The one home of every "N 个工作日" rule — the 签收 limit, a 督办单's answer day, every
/// reminder's "N working days before" and "every M working days overdue". The ledger's calendar is the shipped notices
/// with the office's own files over them (holiday_years; <c>luoshi holidays import</c>, the page 工作日历). A year
/// without a notice counts Monday to Friday (<see cref="Covers"/> tells which years have one).</summary>
public sealed class WorkingDays
{
    private readonly Dictionary<int, HolidayYear> _years;
    private readonly HashSet<DateOnly> _off;
    private readonly HashSet<DateOnly> _work;

    /// <summary>A calendar of <paramref name="years"/>; a later notice of the same year replaces an earlier one.</summary>
    public WorkingDays(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _years = [];
        foreach (var year in years)
        {
            _years[year.Year] = year;
        }

        _off = [.. _years.Values.SelectMany(y => y.DaysOff)];
        _work = [.. _years.Values.SelectMany(y => y.WorkingWeekends)];
    }

    /// <summary>The notices shipped with the product (2022–2026), read once.</summary>
    public static WorkingDays Shipped { get; } = new(ShippedYears());

    /// <summary>Monday to Friday, no holidays: what a year without a notice counts by.</summary>
    public static WorkingDays WeekendsOnly { get; } = new([]);

    /// <summary>The notices this calendar holds, by year.</summary>
    public IReadOnlyCollection<HolidayYear> Years => _years.Values;

    /// <summary>True when a notice for <paramref name="year"/> is known.</summary>
    public bool Covers(int year) => _years.ContainsKey(year);

    /// <summary>This calendar with <paramref name="year"/> added or replaced (an office's file for a new year).</summary>
    public WorkingDays With(HolidayYear year) => new(_years.Values.Append(year));

    /// <summary>True when <paramref name="day"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly day) =>
        _work.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_off.Contains(day));

    /// <summary>The <paramref name="count"/>th working day after <paramref name="from"/> (the day itself not counted):
    /// the last day of "within N working days" of something done on <paramref name="from"/>.</summary>
    public DateOnly Add(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = from;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when
    /// <paramref name="to"/> is not after it): how many working days late something due on <paramref name="from"/> is on <paramref name="to"/>.</summary>
    public int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The working days left from <paramref name="day"/> to <paramref name="due"/>: those after the day up to
    /// the due day, the due day counting even when it falls on a day off (a report due on a Saturday leaves Friday
    /// one day). 0 when the day is not before the due day.</summary>
    public int Left(DateOnly day, DateOnly due) => day >= due ? 0 : Between(day, due) + (IsWorkingDay(due) ? 0 : 1);

    /// <summary>The text of the notice shipped for <paramref name="year"/>, or null when none is.</summary>
    public static string? ShippedText(int year)
    {
        using var stream = typeof(WorkingDays).Assembly.GetManifestResourceStream($"holidays/{year}.txt");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<HolidayYear> ShippedYears()
    {
        var assembly = typeof(WorkingDays).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("holidays/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var (year, problems) = HolidayFile.Parse(name, reader.ReadToEnd());
            // A shipped file that does not read is a bug of the product, not a user's mistake.
            yield return year ?? throw new InvalidOperationException(string.Join("; ", problems));
        }
    }
}
