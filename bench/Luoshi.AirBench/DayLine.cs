using System.Globalization;

namespace Luoshi.AirBench;

/// <summary>
/// The station-day line both sides write, so the script can compare them:
/// <c>station,date,valid,aqi,so2,no2,pm10,co,o3_1h,o3_8h,pm25</c> — the AQI and the IAQI of each daily value
/// (blank where the value is not valid), valid as 1 or 0.
/// </summary>
internal static class DayLine
{
    public const string Header = "station,date,valid,aqi,so2,no2,pm10,co,o3_1h,o3_8h,pm25";

    public const string YearHeader = "station,year,days,valid,good,share";

    /// <summary>Writes one line into <paramref name="line"/> and returns its length.</summary>
    public static int Format(Span<char> line, string station, DateOnly date, bool valid, ReadOnlySpan<int?> indices)
    {
        var n = 0;
        station.CopyTo(line);
        n += station.Length;
        line[n++] = ',';
        date.TryFormat(line[n..], out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        n += written;
        line[n++] = ',';
        line[n++] = valid ? '1' : '0';
        foreach (var index in indices)
        {
            line[n++] = ',';
            if (index is { } value)
            {
                value.TryFormat(line[n..], out written, provider: CultureInfo.InvariantCulture);
                n += written;
            }
        }

        line[n++] = '\n';
        return n;
    }
}
