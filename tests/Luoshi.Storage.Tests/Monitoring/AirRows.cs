using System.Globalization;
using System.Text;

namespace Luoshi.Storage.Tests.Monitoring;

/// <summary>Hourly air files written by the tests: a station-day of 24 equal hours has 24-hour means (and an O3 8-hour
/// maximum) equal to the hourly value, so daily figures can be worked out by hand.</summary>
public static class AirRows
{
    public const string Header = "station,time,pm25,pm10,so2,no2,co,o3\n";

    /// <summary>SO2 5, NO2 10, PM10 20, CO 0.5 mg/m³, O3 50 µg/m³ every hour: IAQI 5, 13, 20, 13, O3 1-h 16, 8-h 25
    /// (HJ 633-2012 Table 1, first rows), all below any PM2.5 index of interest here.</summary>
    public static string Day(string station, DateOnly date, double pm25, int hours = 24, int pm25Hours = 24)
    {
        var text = new StringBuilder();
        for (var h = 0; h < hours; h++)
        {
            var pm = h < pm25Hours ? pm25.ToString(CultureInfo.InvariantCulture) : "NA";
            text.Append(CultureInfo.InvariantCulture, $"{station},{date:yyyy-MM-dd} {h:00}:00,{pm},20,5,10,0.5,50\n");
        }

        return text.ToString();
    }
}
