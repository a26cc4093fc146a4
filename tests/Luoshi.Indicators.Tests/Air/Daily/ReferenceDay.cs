namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>
/// An independent reading of the daily rules, written for the real-data test without the library's code: the
/// 24-hour means (valid from 20 hours), the O3 8-hour windows 0–7 … 16–23 (6 hours each) and their maximum (14 windows
/// or above 160), GB/T 8170 rounding, and the AQI by HJ 633-2012 Table 1 (with the O3 1-hour maximum) and by HJ 633—2026
/// Table 3 (without it), copied from the tables, in decimal.
/// </summary>
internal sealed class ReferenceDay
{
    // Columns: SO2, NO2, PM10, CO, O3, PM2.5 — 24 hours each, null where missing.
    public decimal?[][] Hours { get; } = [new decimal?[24], new decimal?[24], new decimal?[24], new decimal?[24], new decimal?[24], new decimal?[24]];

    /// <summary>The five 24-hour means (SO2, NO2, PM10, CO, PM2.5) rounded, null when under 20 hours.</summary>
    public decimal?[] Means => [Mean(0, 0), Mean(1, 0), Mean(2, 0), Mean(3, 1), Mean(5, 0)];

    /// <summary>The O3 daily maximum 8-hour mean, rounded, and whether it is valid.</summary>
    public (decimal? Value, bool Valid) EightHour
    {
        get
        {
            var windows = Enumerable.Range(0, 17).Select(s => Hours[4].Skip(s).Take(8).Where(h => h is not null).ToList())
                .Where(w => w.Count >= 6).Select(w => w.Sum()!.Value / w.Count).ToList();
            if (windows.Count == 0)
            {
                return (null, false);
            }

            var max = Round(windows.Max(), 0);
            return (max, windows.Count >= 14 || max > 160);
        }
    }

    /// <summary>The O3 daily maximum 1-hour value (any valid hour).</summary>
    public decimal? OneHour => Hours[4].Max();

    /// <summary>Whether the five means and the O3 8-hour maximum are all valid.</summary>
    public bool Valid => Means.All(m => m is not null) && EightHour.Valid;

    /// <summary>The daily AQI of a valid day by HJ 633-2012.</summary>
    public int Aqi2012() => Aqi2012Of(Means, OneHour, EightHour.Value!.Value);

    /// <summary>The daily AQI of a valid day by HJ 633—2026.</summary>
    public int Aqi2026() => Aqi2026Of(Means, EightHour.Value!.Value);

    /// <summary>HJ 633-2012 from the five means (SO2, NO2, PM10, CO, PM2.5) and both O3 maxima; 8-hour above 800 not indexed.</summary>
    public static int Aqi2012Of(decimal?[] m, decimal? oneHour, decimal eight) => new[]
    {
        Index(So2, m[0]!.Value), Index(No2, m[1]!.Value), Index(Pm10Of2012, m[2]!.Value), Index(Co, m[3]!.Value),
        Index(Pm25Of2012, m[4]!.Value), oneHour is { } one ? Index(O3OneHour, one) : 0, eight > 800 ? 0 : Index(O3EightHour, eight),
    }.Max();

    /// <summary>HJ 633—2026 from the five means and the O3 8-hour maximum (above 800 counts 300); at least 1.</summary>
    public static int Aqi2026Of(decimal?[] m, decimal eight) => new[]
    {
        1, Index(So2, m[0]!.Value), Index(No2, m[1]!.Value), Index(Pm10Of2026, m[2]!.Value), Index(Co, m[3]!.Value),
        Index(Pm25Of2026, m[4]!.Value), eight > 800 ? 300 : Index(O3EightHour, eight),
    }.Max();

    private static readonly decimal[] IndexColumn = [0, 50, 100, 150, 200, 300, 400, 500];
    private static readonly decimal[] So2 = [0, 50, 150, 475, 800, 1600, 2100, 2620];
    private static readonly decimal[] No2 = [0, 40, 80, 180, 280, 565, 750, 940];
    private static readonly decimal[] Co = [0, 2, 4, 14, 24, 36, 48, 60];
    private static readonly decimal[] O3OneHour = [0, 160, 200, 300, 400, 800, 1000, 1200];
    private static readonly decimal[] O3EightHour = [0, 100, 160, 215, 265, 800];
    private static readonly decimal[] Pm10Of2012 = [0, 50, 150, 250, 350, 420, 500, 600];
    private static readonly decimal[] Pm25Of2012 = [0, 35, 75, 115, 150, 250, 350, 500];
    private static readonly decimal[] Pm10Of2026 = [0, 50, 120, 250, 350, 420, 500, 600];
    private static readonly decimal[] Pm25Of2026 = [0, 35, 60, 115, 150, 250, 350, 500];

    // Formula (1) rounded up; 500 above the last limit of a full row.
    private static int Index(decimal[] limits, decimal c)
    {
        for (var i = 1; i < limits.Length; i++)
        {
            if (c <= limits[i])
            {
                return (int)decimal.Ceiling(IndexColumn[i - 1] + ((IndexColumn[i] - IndexColumn[i - 1]) * (c - limits[i - 1]) / (limits[i] - limits[i - 1])));
            }
        }

        return 500;
    }

    private decimal? Mean(int column, int decimals)
    {
        var valid = Hours[column].Where(h => h is not null).ToList();
        return valid.Count >= 20 ? Round(valid.Sum()!.Value / valid.Count, decimals) : null;
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(Math.Round(value, 9), decimals, MidpointRounding.ToEven);
}
