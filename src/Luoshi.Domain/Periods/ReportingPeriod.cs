namespace Luoshi.Domain.Periods;

/// <summary>One reporting period of a plan year: its number, its dates and when its report is due.</summary>
/// <param name="Number">1-based: the month (1–12) or the quarter (1–4).</param>
public sealed record ReportingPeriod(int Year, ReportingFrequency Frequency, int Number, DateOnly Start, DateOnly End, DateOnly Due)
{
    /// <summary>The period's name as files and the API write it: 2022-03 for a month, 2022Q3 for a quarter.</summary>
    public string Name => Frequency == ReportingFrequency.Monthly ? $"{Year}-{Number:00}" : $"{Year}Q{Number}";

    /// <inheritdoc/>
    public override string ToString() => Name;
}
