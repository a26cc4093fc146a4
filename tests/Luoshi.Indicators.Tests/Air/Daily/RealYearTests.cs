using System.Globalization;
using System.IO.Compression;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>
/// Real data across 1 March 2026: the 12 Beijing stations' hours of 2014 moved forward twelve years to 2026
/// (Fixtures/air/beijing-2014-as-2026.csv.gz, tools/air-beijing-shifted.sh; UCI Beijing Multi-Site, CC BY 4.0). Per station
/// and for the city of all twelve, the valid, good and heavy-pollution days by HJ 633-2012, by HJ 633—2026 and by the
/// rules in force each day are worked out independently (<see cref="ReferenceDay"/>) and must equal the library's.
/// </summary>
public sealed class RealYearTests
{
    private static readonly DateOnly Change = new(2026, 3, 1);
    private static readonly Lazy<Dictionary<(string Station, DateOnly Date), (ReferenceDay Reference, double[] Block)>> Days = new(Load);

    public static TheoryData<string> Stations { get; } = new(
        "Aotizhongxin", "Changping", "Dingling", "Dongsi", "Guanyuan", "Gucheng",
        "Huairou", "Nongzhanguan", "Shunyi", "Tiantan", "Wanliu", "Wanshouxigong");

    [Theory]
    [MemberData(nameof(Stations))]
    public void GoodDayComparison_Station2026_MatchesTheIndependentCount(string station)
    {
        var comparison = new GoodDayComparison();
        var expected = new Counts();
        foreach (var ((_, date), (reference, block)) in Days.Value.Where(d => d.Key.Station == station).OrderBy(d => d.Key.Date))
        {
            comparison.Add(StationDay.FromHourly(date, HourlyDay.FromBlock(block)));
            expected.Add(date, reference.Valid, reference.Valid ? reference.Aqi2012() : 0, reference.Valid ? reference.Aqi2026() : 0);
        }

        Assert.Equal(expected, Counts.Of(comparison));
        Assert.Equal(365, comparison.InForce.Days);
        // The versions must differ on this year's data, or the test would not tell them apart.
        Assert.NotEqual(expected.Good2012, expected.Good2026);
    }

    [Fact]
    public void GoodDayComparison_CityOfTwelve2026_MatchesTheIndependentCount()
    {
        var comparison = new GoodDayComparison();
        var expected = new Counts();
        foreach (var date in Days.Value.Keys.Select(k => k.Date).Distinct().Order())
        {
            var stations = Days.Value.Where(d => d.Key.Date == date).Select(d => d.Value).ToList();
            comparison.Add(CityDay.FromStations(date, [.. stations.Select(s => StationDay.FromHourly(date, HourlyDay.FromBlock(s.Block)))]));
            var city = ReferenceCity(stations.Select(s => s.Reference).ToList());
            expected.Add(date, city.Valid, city.Aqi2012, city.Aqi2026);
        }

        Assert.Equal(expected, Counts.Of(comparison));
        Assert.True(expected.Good2012 > expected.Good2026);
    }

    // The city's day (HJ 663-2013): each value the mean of the stations' valid values, rounded; then indexed as a station's.
    private static (bool Valid, int Aqi2012, int Aqi2026) ReferenceCity(List<ReferenceDay> stations)
    {
        var means = Enumerable.Range(0, 5).Select(i => CityMean(stations.Select(s => s.Means[i]), i == 3 ? 1 : 0)).ToArray();
        var eight = CityMean(stations.Select(s => s.EightHour.Valid ? s.EightHour.Value : null), 0);
        var one = CityMean(stations.Select(s => s.OneHour), 0);
        return means.Any(m => m is null) || eight is not { } e
            ? (false, 0, 0)
            : (true, ReferenceDay.Aqi2012Of(means, one, e), ReferenceDay.Aqi2026Of(means, e));
    }

    private static decimal? CityMean(IEnumerable<decimal?> values, int decimals)
    {
        var valid = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return valid.Count == 0 ? null : Math.Round(Math.Round(valid.Sum() / valid.Count, 9), decimals, MidpointRounding.ToEven);
    }

    private static Dictionary<(string, DateOnly), (ReferenceDay, double[])> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "air", "beijing-2014-as-2026.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var days = new Dictionary<(string, DateOnly), (ReferenceDay, double[])>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            // year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,station; CO in µg/m³.
            var cells = line.Split(',');
            var key = (cells[10], new DateOnly(Int(cells[0]), Int(cells[1]), Int(cells[2])));
            if (!days.TryGetValue(key, out var day))
            {
                days[key] = day = (new ReferenceDay(), Enumerable.Repeat(double.NaN, 144).ToArray());
            }

            var hour = Int(cells[3]);
            int[] columns = [6, 7, 5, 8, 9, 4];
            for (var c = 0; c < 6; c++)
            {
                if (cells[columns[c]] == "NA")
                {
                    continue;
                }

                var value = decimal.Parse(cells[columns[c]], CultureInfo.InvariantCulture) / (c == 3 ? 1000 : 1);
                day.Item1.Hours[c][hour] = value;
                day.Item2[(c * 24) + hour] = (double)value;
            }
        }

        return days;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Valid days and, by each way of counting, good and heavy-pollution days.</summary>
    private sealed record Counts
    {
        public int Valid { get; set; }

        public int Good2012 { get; set; }

        public int Good2026 { get; set; }

        public int GoodInForce { get; set; }

        public int HeavyInForce { get; set; }

        public static Counts Of(GoodDayComparison c) => new()
        {
            Valid = c.InForce.Valid,
            Good2012 = c.Under(AirStandard.Hj633Of2012).Good,
            Good2026 = c.Under(AirStandard.Hj633Of2026).Good,
            GoodInForce = c.InForce.Good,
            HeavyInForce = c.InForce.HeavyPollution,
        };

        public void Add(DateOnly date, bool valid, int aqi2012, int aqi2026)
        {
            if (!valid)
            {
                return;
            }

            var inForce = date < Change ? aqi2012 : aqi2026;
            Valid++;
            Good2012 += aqi2012 <= 100 ? 1 : 0;
            Good2026 += aqi2026 <= 100 ? 1 : 0;
            GoodInForce += inForce <= 100 ? 1 : 0;
            HeavyInForce += inForce > 200 ? 1 : 0;
        }
    }
}
