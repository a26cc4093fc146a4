namespace Luoshi.Indicators.Air.Daily;

/// <summary>The reasons of <see cref="DayInvalidity"/> as text for reports and command output (allocates; not for the hot path).</summary>
public static class DayInvalidities
{
    /// <summary>Each reason once, in the order of the flags, joined by "; "; empty for <see cref="DayInvalidity.None"/>.</summary>
    /// <remarks>Scripts may match these texts: change them only with the documentation (docs/air-quality.md).</remarks>
    public static string Describe(DayInvalidity reasons) => string.Join("; ", Reasons(reasons));

    /// <summary>Each reason once, in the order of the flags.</summary>
    public static IEnumerable<string> Reasons(DayInvalidity reasons)
    {
        if (reasons.HasFlag(DayInvalidity.So2))
        {
            yield return "SO2 24-hour mean: fewer than 20 valid hours";
        }

        if (reasons.HasFlag(DayInvalidity.No2))
        {
            yield return "NO2 24-hour mean: fewer than 20 valid hours";
        }

        if (reasons.HasFlag(DayInvalidity.Pm10))
        {
            yield return "PM10 24-hour mean: fewer than 20 valid hours";
        }

        if (reasons.HasFlag(DayInvalidity.Co))
        {
            yield return "CO 24-hour mean: fewer than 20 valid hours";
        }

        if (reasons.HasFlag(DayInvalidity.O3EightHour))
        {
            yield return "O3 daily maximum 8-hour mean: fewer than 14 valid 8-hour windows and not above 160";
        }

        if (reasons.HasFlag(DayInvalidity.Pm25))
        {
            yield return "PM2.5 24-hour mean: fewer than 20 valid hours";
        }
    }
}
