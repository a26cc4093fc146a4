using System.Globalization;

namespace Luoshi.Domain.Periods;

/// <summary>The reporting periods of one plan year under a cadence.</summary>
public sealed class ReportingCalendar
{
    private readonly ReportingPeriod[] _periods;

    /// <summary>The calendar of <paramref name="year"/> under <paramref name="cadence"/>.</summary>
    public ReportingCalendar(int year, ReportingCadence cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        Year = year;
        Cadence = cadence;
        var months = cadence.Frequency == ReportingFrequency.Monthly ? 1 : 3;
        _periods = new ReportingPeriod[cadence.PeriodsPerYear];
        for (var i = 0; i < _periods.Length; i++)
        {
            var start = new DateOnly(year, (i * months) + 1, 1);
            var end = start.AddMonths(months).AddDays(-1);
            var due = new DateOnly(year, end.Month, Math.Min(cadence.DueDay ?? end.Day, end.Day));
            _periods[i] = new ReportingPeriod(year, cadence.Frequency, i + 1, start, end, due);
        }
    }

    /// <summary>The plan year.</summary>
    public int Year { get; }

    /// <summary>The cadence the periods follow.</summary>
    public ReportingCadence Cadence { get; }

    /// <summary>The periods in order.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => _periods;

    /// <summary>The period with 1-based <paramref name="number"/>.</summary>
    public ReportingPeriod this[int number] => _periods[number - 1];

    /// <summary>How many periods are past due on <paramref name="asOf"/>: their due date is before it (a report due
    /// today is not late yet). Their reports must be in, and their expected values apply.</summary>
    public int PastDue(DateOnly asOf)
    {
        var count = 0;
        while (count < _periods.Length && _periods[count].Due < asOf)
        {
            count++;
        }

        return count;
    }

    /// <summary>Reads a period name (2022-03, 2022M3, 2022Q3, or a bare number 3) of this calendar; null when it is not one.</summary>
    public ReportingPeriod? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToUpperInvariant();
        int number;
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return number >= 1 && number <= _periods.Length ? _periods[number - 1] : null;
        }

        var quarterly = Cadence.Frequency == ReportingFrequency.Quarterly;
        var separator = quarterly ? "Q" : (t.Contains('M', StringComparison.Ordinal) ? "M" : "-");
        var parts = t.Split(separator);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year != Year
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return null;
        }

        return number >= 1 && number <= _periods.Length ? _periods[number - 1] : null;
    }
}
