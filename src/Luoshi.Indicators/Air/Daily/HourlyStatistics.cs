namespace Luoshi.Indicators.Air.Daily;

/// <summary>The daily statistics of one pollutant's 24 hourly values, with the validity counts of GB 3095-2012 Table 4.</summary>
internal static class HourlyStatistics
{
    /// <summary>The 24-hour mean over the valid hours, rounded to <paramref name="decimals"/>; valid from 20 hours.</summary>
    internal static DailyValue Mean(ReadOnlySpan<double> hours, int decimals = StatisticRounding.Micrograms)
    {
        var (sum, count) = SumOf(hours);
        return new DailyValue(
            count == 0 ? double.NaN : StatisticRounding.Round(sum / count, decimals), count, Judge(count, ValidityRules.MinimumHoursForDailyMean));
    }

    /// <summary>
    /// The largest valid hourly value. GB 3095-2012 Table 4 rules each 1-hour value (45 minutes of sampling, the
    /// reader's NaN) but sets no count of hours for a daily maximum, so any valid hour gives one.
    /// </summary>
    internal static DailyValue Max(ReadOnlySpan<double> hours)
    {
        var max = double.NaN;
        var count = 0;
        foreach (var value in hours)
        {
            if (!double.IsNaN(value))
            {
                count++;
                max = double.IsNaN(max) || value > max ? value : max;
            }
        }

        return new DailyValue(max, count, Judge(count, ValidityRules.MinimumHoursForOneHourMax));
    }

    /// <summary>
    /// The O3 daily maximum 8-hour mean over the windows of hours 0–7 … 16–23; a window counts from 6 valid hours
    /// (its mean is over those hours), the maximum (rounded to whole µg/m³) from 14 valid windows or when it exceeds
    /// 160 µg/m³.
    /// </summary>
    internal static DailyValue EightHourMax(ReadOnlySpan<double> hours)
    {
        var max = double.NaN;
        var windows = 0;
        for (var start = 0; start < ValidityRules.WindowsPerDay; start++)
        {
            var (sum, count) = SumOf(hours.Slice(start, ValidityRules.WindowHours));
            if (count >= ValidityRules.MinimumHoursPerWindow)
            {
                windows++;
                var mean = sum / count;
                max = double.IsNaN(max) || mean > max ? mean : max;
            }
        }

        // Rounding the largest window mean is rounding every window and taking the largest: rounding keeps order.
        max = StatisticRounding.Round(max, StatisticRounding.Micrograms);
        var validity = Judge(windows, ValidityRules.MinimumWindowsForEightHourMax);
        if (validity == DailyValueValidity.TooFew && max > ValidityRules.EightHourMaxLimit)
        {
            validity = DailyValueValidity.ValidAsExceeding;
        }

        return new DailyValue(max, windows, validity);
    }

    /// <summary>Checks a span is a day of hours (or empty: not measured) with no negative or infinite value.</summary>
    internal static void Check(ReadOnlySpan<double> hours, string pollutant)
    {
        if (hours.Length is not (0 or ValidityRules.HoursPerDay))
        {
            throw new ArgumentException(
                $"{pollutant}: a station-day has 24 hourly values (NaN for missing) or none, not {hours.Length}.",
                pollutant);
        }

        foreach (var value in hours)
        {
            // Readers report bad values with their place; one reaching here is a bug.
            if (value < 0 || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(pollutant, value, "An hourly concentration is NaN (missing) or finite and ≥ 0.");
            }
        }
    }

    private static (double Sum, int Count) SumOf(ReadOnlySpan<double> hours)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var value in hours)
        {
            if (!double.IsNaN(value))
            {
                sum += value;
                count++;
            }
        }

        return (sum, count);
    }

    private static DailyValueValidity Judge(int count, int minimum) => count switch
    {
        0 => DailyValueValidity.NoData,
        _ when count < minimum => DailyValueValidity.TooFew,
        _ => DailyValueValidity.Valid,
    };
}
