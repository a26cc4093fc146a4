using Luoshi.Domain.Periods;

namespace Luoshi.Cli.Demo;

/// <summary>When the demo's units send their reports (演示数据): most a few days before the due day, some late by a
/// few days to a week and a half, each unit by its own habit, so that on-time shares differ and the ranking means
/// something. A report that would be sent after the demo day is not sent yet: it shows as overdue.</summary>
internal static class DemoReportDays
{
    // The share of a unit's reports that come late, by unit: some units are never late, a few often are.
    private static readonly double[] LateShares = [0.0, 0.05, 0.1, 0.1, 0.2, 0.35];

    /// <summary>The share of <paramref name="unit"/>'s reports that come late; the same on every run (not
    /// <see cref="string.GetHashCode()"/>, which differs between runs).</summary>
    public static double LateShare(string unit) => LateShares[unit.Sum(c => (int)c) % LateShares.Length];

    /// <summary>The day <paramref name="unit"/> sends its report for <paramref name="period"/>, or null when that day
    /// is after <paramref name="asOf"/>.</summary>
    public static DateOnly? SentOn(string unit, ReportingPeriod period, DateOnly asOf, Random random)
    {
        ArgumentNullException.ThrowIfNull(period);
        var day = random.NextDouble() < LateShare(unit)
            ? period.Due.AddDays(random.Next(1, 11))
            : period.Due.AddDays(-random.Next(0, 5));
        return day <= asOf ? day : null;
    }
}
