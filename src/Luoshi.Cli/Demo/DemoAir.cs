using System.Globalization;
using System.Text;

namespace Luoshi.Cli.Demo;

/// <summary>Four air stations of the sample city in the set 城区 and their hourly data (演示数据) from 1 January to the
/// day before the demo day: PM2.5 high in winter, ozone high in late summer and autumn as in the Pearl River Delta, a
/// few outages that leave days invalid, and enough polluted days that 90% good days is close, not certain.</summary>
internal static class DemoAir
{
    public const string Set = "城区";

    private static readonly (string Code, string Name, double Lat, double Lon)[] Stations =
    [
        ("DEMO-A1", "城中站（演示）", 23.343, 112.733),
        ("DEMO-A2", "东城站（演示）", 23.352, 112.751),
        ("DEMO-A3", "贞山站（演示）", 23.330, 112.716),
        ("DEMO-A4", "市监测站（演示）", 23.361, 112.728),
    ];

    public static string StationsCsv()
    {
        var csv = new StringBuilder("station,name,district,latitude,longitude,sets\n");
        foreach (var s in Stations)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{s.Code},{s.Name},{DemoFiles.Region},{s.Lat},{s.Lon},{Set};全市\n");
        }

        return csv.ToString();
    }

    /// <summary>Hourly rows of every station, hour by hour as a network exports them, through the day before <paramref name="day"/>.</summary>
    public static string HourlyCsv(int year, DateOnly day, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder(1 << 21).Append("station,time,pm25,pm10,so2,no2,co,o3\n");
        for (var date = new DateOnly(year, 1, 1); date < day; date = date.AddDays(1))
        {
            var (pm25, o3Peak) = DayLevels(date, random);
            // An outage of the whole network (power, data link): 8 hours missing leave the day without a valid 24-hour mean.
            var outageFrom = random.NextDouble() < 0.012 ? random.Next(0, 16) : -1;
            for (var hour = 0; hour < 24; hour++)
            {
                foreach (var station in Stations)
                {
                    var time = $"{date:yyyy-MM-dd} {hour:00}:00";
                    if (outageFrom >= 0 && hour >= outageFrom && hour < outageFrom + 8)
                    {
                        csv.Append(CultureInfo.InvariantCulture, $"{station.Code},{time},,,,,,\n");
                        continue;
                    }

                    var local = 0.9 + (random.NextDouble() * 0.2);
                    var pm = pm25 * local * (1.1 - (0.2 * Math.Sin(Math.PI * hour / 24)));
                    var o3 = o3Peak * local * Math.Max(0.15, Math.Sin(Math.PI * (hour - 6) / 14));
                    csv.Append(CultureInfo.InvariantCulture,
                        $"{station.Code},{time},{pm:0},{pm * 1.6:0},{6 + (random.NextDouble() * 4):0},{18 + (pm * 0.4):0},{0.5 + (pm / 100):0.0},{o3:0}\n");
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>The day's mean PM2.5 and ozone peak (µg/m³): seasonal levels times a day-to-day spread.</summary>
    private static (double Pm25, double O3Peak) DayLevels(DateOnly date, Random random)
    {
        var season = Math.Cos(2 * Math.PI * (date.DayOfYear - 15) / 365.0); // 1 in mid-January, −1 in mid-July
        var pm25 = (30 + (15 * season)) * Math.Exp((random.NextDouble() - 0.5) * 0.9);
        var autumn = Math.Exp(-Math.Pow((date.DayOfYear - 265) / 45.0, 2)); // ozone season peaks late September
        var o3 = (100 + (90 * autumn)) * Math.Exp((random.NextDouble() - 0.5) * 0.85);
        return (pm25, o3);
    }
}
