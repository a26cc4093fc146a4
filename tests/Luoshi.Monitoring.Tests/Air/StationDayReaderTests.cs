using Luoshi.Indicators.Air;
using Luoshi.Monitoring.Air;

namespace Luoshi.Monitoring.Tests.Air;

/// <summary>Hourly rows gathered into station-days: any interleaving of stations, any hour order, files that go back in time.</summary>
public sealed class StationDayReaderTests : IDisposable
{
    private readonly AirFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_InterleavedStations_GivesEachStationDayOnceWithItsHoursInPlace()
    {
        // Two stations interleaved, hours out of order within a day, hour 2 of B absent, a NA.
        var path = _files.Write("""
            station,time,pm25,pm10,so2,no2,co,o3
            A,2015-01-01 01:00,11,21,31,41,0.1,51
            B,2015-01-01 00:00,12,22,32,42,0.2,NA
            A,2015-01-01 00:00,10,20,30,40,0.0,50
            A,2015-01-02 00:00,13,23,33,43,0.3,53
            B,2015-01-01 03:00,14,24,34,44,0.4,54
            B,2015-01-02 05:00,15,25,35,45,0.5,55
            """);
        var days = new KeptDays();

        var result = StationDayReader.Read(path, days);

        Assert.True(result.IsValid);
        Assert.Equal(0, days.Resets);
        Assert.Equal(
            [("A", new DateOnly(2015, 1, 1)), ("B", new DateOnly(2015, 1, 1)), ("A", new DateOnly(2015, 1, 2)), ("B", new DateOnly(2015, 1, 2))],
            days.Days.Select(d => (d.Station, d.Date)));
        var a1 = new Hours(days.Days[0].Values);
        Assert.Equal([10, 11, double.NaN], a1[Pollutant.Pm25][..3]);
        Assert.Equal([30, 31], a1[Pollutant.So2][..2]);
        Assert.Equal([0.0, 0.1], a1[Pollutant.Co][..2]);
        var b1 = new Hours(days.Days[1].Values);
        Assert.Equal([double.NaN, double.NaN, double.NaN, 54], b1[Pollutant.O3][..4]);
        Assert.Equal(2, b1.Present(Pollutant.No2));
        Assert.Equal(45, new Hours(days.Days[3].Values)[Pollutant.No2][5]);
    }

    [Fact]
    public void Read_SameStationAndHourTwice_IsAnError()
    {
        var path = _files.Write("station,time,pm25,pm10,so2,no2,co,o3\nA,2015-01-01 03:00,1,1,1,1,1,1\nA,2015-01-01T03:00,2,2,2,2,2,2\n");

        var result = StationDayReader.Read(path, new KeptDays());

        Assert.Equal(
            $"{path}, line 3: expected one row per station and hour, found a second row for A at 2015-01-01 03:00",
            Assert.Single(result.Errors).ToProblem().ToWords().En);
    }

    [Fact]
    public void Read_FileGoingBackInTime_IsReadAgainHoldingEveryDay()
    {
        // The fixture has Dongsi 2016-12-30, then Aotizhongxin 2015-07-12 and then 2015-06-11: back in time.
        var days = new KeptDays();

        var result = StationDayReader.Read(AirFiles.RealExtract, days);

        Assert.True(result.IsValid);
        Assert.Equal(1, days.Resets);
        Assert.Equal(
            [("Dongsi", new DateOnly(2016, 12, 30)), ("Aotizhongxin", new DateOnly(2015, 6, 11)), ("Aotizhongxin", new DateOnly(2015, 7, 12))],
            days.Days.Select(d => (d.Station, d.Date)));
        // Aotizhongxin 2015-06-11 PM2.5: NA at 14:00 and 18:00–23:00 (fixture lines 64, 68–73), 17 hours present.
        Assert.Equal(17, new Hours(days.Days[1].Values).Present(Pollutant.Pm25));
        // Dongsi 2016-12-30 CO: 5100 µg/m³ at 0:00 → 5.1 mg/m³.
        Assert.Equal(5.1, new Hours(days.Days[0].Values)[Pollutant.Co][0]);
    }

    [Fact]
    public void Read_UnsortedFile_GivesTheSameDaysAsSorted()
    {
        var rows = new List<string>();
        for (var hour = 0; hour < 72; hour++)
        {
            foreach (var station in new[] { "A", "B", "C" })
            {
                rows.Add($"{station},{new DateTime(2015, 3, 1).AddHours(hour):yyyy-MM-dd HH}:00,{hour},{hour + 1},{hour + 2},{hour + 3},1.{hour % 10},{hour * 2}");
            }
        }

        var sorted = new KeptDays();
        var shuffled = new KeptDays();
        StationDayReader.Read(_files.Write($"station,time,pm25,pm10,so2,no2,co,o3\n{string.Join('\n', rows)}\n", "sorted.csv"), sorted);
        var mixed = rows.OrderBy(r => r.GetHashCode(StringComparison.Ordinal)).ToList();
        StationDayReader.Read(_files.Write($"station,time,pm25,pm10,so2,no2,co,o3\n{string.Join('\n', mixed)}\n", "mixed.csv"), shuffled);

        Assert.Equal(1, shuffled.Resets);
        Assert.Equal(9, shuffled.Days.Count);
        var bySortedKey = sorted.Days.ToDictionary(d => (d.Station, d.Date));
        Assert.All(shuffled.Days, d => Assert.Equal(bySortedKey[(d.Station, d.Date)].Values, d.Values));
    }

    [Fact]
    public void Read_DailyFile_IsNotHourlyRows()
    {
        var path = _files.Write("station,time,pm25,pm10,so2,no2,co,o3_1h_max,o3_8h_max\nA,2015-01-01,1,1,1,1,1,1,1\n");

        var result = StationDayReader.Read(path, new KeptDays());

        Assert.StartsWith("expected hourly rows", Assert.Single(result.Errors).Message.En, StringComparison.Ordinal);
    }

    /// <summary>A kept station-day by pollutant.</summary>
    private readonly struct Hours(double[] values)
    {
        public double[] this[Pollutant pollutant] => values[(((int)pollutant - 1) * 24)..((int)pollutant * 24)];

        public int Present(Pollutant pollutant) => this[pollutant].Count(v => !double.IsNaN(v));
    }
}
