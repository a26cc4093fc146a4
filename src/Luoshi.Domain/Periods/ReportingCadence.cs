namespace Luoshi.Domain.Periods;

/// <summary>A plan's reporting rhythm: how often, and on which day of a period's last month the report is due.</summary>
/// <param name="DueDay">Day of the month (1–31, clamped to the month's length); null = the month's last day.</param>
public sealed record ReportingCadence(ReportingFrequency Frequency, int? DueDay)
{
    /// <summary>Monthly, due on <paramref name="day"/> of each month (e.g. the 28th).</summary>
    public static ReportingCadence MonthlyByDay(int day) => new(ReportingFrequency.Monthly, day);

    /// <summary>Quarterly, due at the end of March, June, September and December.</summary>
    public static ReportingCadence QuarterlyAtEnd { get; } = new(ReportingFrequency.Quarterly, null);

    /// <summary>Periods in a year: 12 or 4.</summary>
    public int PeriodsPerYear => Frequency == ReportingFrequency.Monthly ? 12 : 4;
}
