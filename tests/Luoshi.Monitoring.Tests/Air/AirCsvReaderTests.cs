using Luoshi.Domain.Wording;
using Luoshi.Monitoring.Air;

namespace Luoshi.Monitoring.Tests.Air;

/// <summary>The air reader: layouts told apart by the header, values in HJ 633-2012 Table 1 order, every error placed.</summary>
public sealed class AirCsvReaderTests : IDisposable
{
    private readonly AirFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_CanonicalHourly_GivesEachRowInTable1OrderAndCountsMissing()
    {
        var path = _files.Write("""
            station,time,pm25,pm10,so2,no2,co,o3
            1001A,2015-01-01 00:00,35,50,8,40,0.8,77
            1001A,2015-01-01T01:00,NA,,8.5,41,1.25,70
            """);
        var rows = new KeptRows();

        var result = AirCsvReader.Read(path, rows);

        Assert.True(result.IsValid);
        Assert.Equal((AirLayout.Hourly, 2L), (result.Layout, result.Rows));
        Assert.Equal(["1001A"], result.Stations);
        Assert.Equal(new AirHour(0, new DateOnly(2015, 1, 1), 0, 8, 40, 50, 0.8, 77, 35, 2), rows.Hours[0]);
        var second = rows.Hours[1];
        Assert.Equal((1, 8.5, 41, 1.25, 70, 3), (second.Hour, second.So2, second.No2, second.Co, second.O3, second.Line));
        Assert.True(double.IsNaN(second.Pm25) && double.IsNaN(second.Pm10));
        Assert.Equal(1, result.MissingValues["pm25"]);
        Assert.Equal(1, result.MissingValues["pm10"]);
        Assert.Equal(0, result.MissingValues["so2"]);
    }

    [Fact]
    public void Read_BadCells_ReportsEveryErrorWithLineColumnAndExpectation()
    {
        var path = _files.Write("""
            station,time,pm25,pm10,so2,no2,co,o3
            1001A,2015-01-01 00:00,-3,50,8,abc,0.8,77
            1001A,2015-13-01 00:00,35,50,8,40,0.8,77
            1001A,2015-01-01 02:30,35,50,8,40,0.8,77
            1001A,2015-01-01 03:00,35,50,8,40,0.8
            ,2015-01-01 04:00,35,50,8,40,0.8,77
            1001A,2015-01-01 05:00,35,50,8,40,0.8,77
            """, "bad.csv");
        var rows = new KeptRows();

        var result = AirCsvReader.Read(path, rows);

        Assert.Equal(
            [
                $"{path}, line 2, column pm25: expected a concentration of zero or more, found '-3'",
                $"{path}, line 2, column no2: expected a concentration (a number, blank or NA), found 'abc'",
                $"{path}, line 3, column time: expected a time yyyy-MM-dd HH:mm (or yyyy-MM-ddTHH:mm) on the hour, hours 00–23, found '2015-13-01 00:00'",
                $"{path}, line 4, column time: expected a time yyyy-MM-dd HH:mm (or yyyy-MM-ddTHH:mm) on the hour, hours 00–23, found '2015-01-01 02:30'",
                $"{path}, line 5: expected 8 columns as in the header, found 7",
                $"{path}, line 6, column station: expected a station name, found nothing",
            ],
            result.Errors.Select(e => e.ToProblem().ToWords().En));
        Assert.Equal(6, result.Rows);
        Assert.Equal(5, Assert.Single(rows.Hours).Hour);
    }

    [Theory]
    [InlineData("2015-01-01 24:00")]
    [InlineData("2015-02-29 00:00")]
    [InlineData("2015-1-1 05:00")]
    [InlineData("2015/01/01 05:00")]
    [InlineData("2015-01-01")]
    public void Read_TimeNotAnHourOfARealDay_IsAnError(string time)
    {
        var path = _files.Write($"station,time,pm25,pm10,so2,no2,co,o3\nA,{time},1,1,1,1,1,1\n");

        var result = AirCsvReader.Read(path, new KeptRows());

        Assert.Equal($"{path}, line 2, column time", Assert.Single(result.Errors).Place.ToPlace().ToWords().En);
    }

    [Fact]
    public void Read_StationNotOnTheList_IsAnErrorEveryTime()
    {
        var path = _files.Write("station,time,pm25,pm10,so2,no2,co,o3\nA,2015-01-01 00:00,1,1,1,1,1,1\nB,2015-01-01 00:00,1,1,1,1,1,1\nB,2015-01-01 01:00,1,1,1,1,1,1\n");
        var options = new AirReadOptions(new HashSet<string> { "A" }, Words.Same("stations.txt"));

        var result = AirCsvReader.Read(path, new KeptRows(), options);

        Assert.Equal(
            [
                $"{path}, line 3, column station: expected a station of stations.txt, found 'B'",
                $"{path}, line 4, column station: expected a station of stations.txt, found 'B'",
            ],
            result.Errors.Select(e => e.ToProblem().ToWords().En));
    }

    [Fact]
    public void Read_HeaderWithoutAPollutant_SaysWhatIsMissing()
    {
        var path = _files.Write("station,time,pm25,pm10,so2,no2,co\nA,2015-01-01 00:00,1,1,1,1,1\n");

        var result = AirCsvReader.Read(path, new KeptRows());

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{path}, line 1", error.Place.ToPlace().ToWords().En);
        Assert.EndsWith("missing o3", error.Message.En, StringComparison.Ordinal);
        Assert.Null(result.Layout);
    }

    [Fact]
    public void Read_EmptyFile_IsAHeaderError()
    {
        var result = AirCsvReader.Read(_files.Write(""), new KeptRows());

        Assert.StartsWith("expected a header with the columns station,time,pm25", Assert.Single(result.Errors).Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BeijingMultiSite_FindsItsColumnsAndTakesCoInMilligrams()
    {
        var rows = new KeptRows();

        var result = AirCsvReader.Read(AirFiles.RealExtract, rows);

        // The fixture's first row: Dongsi 2016-12-30 hour 0, PM2.5 432, PM10 530, SO2 29, NO2 102, CO 5100 µg/m³, O3 2.
        Assert.True(result.IsValid);
        Assert.Equal((AirLayout.BeijingMultiSite, 72L), (result.Layout, result.Rows));
        Assert.Equal(["Dongsi", "Aotizhongxin"], result.Stations);
        Assert.Equal(new AirHour(0, new DateOnly(2016, 12, 30), 0, 29, 102, 530, 5.1, 2, 432, 2), rows.Hours[0]);
        // NA cells (fixture lines 17, 30 and 62–73): CO at Dongsi 15:00 and Aotizhongxin 06-11 13:00, O3 at 07-12 4:00
        // and 06-11 14:00, SO2 at 06-11 12:00, NO2 at 15:00, PM2.5 at 06-11 14:00 and 18:00–23:00.
        Assert.Equal(
            new Dictionary<string, long> { ["SO2"] = 1, ["NO2"] = 1, ["PM10"] = 0, ["CO"] = 2, ["O3"] = 2, ["PM2.5"] = 7 },
            result.MissingValues);
    }

    [Fact]
    public void Read_DailyLayout_GivesDailyRows()
    {
        var path = _files.Write("""
            station,time,pm25,pm10,so2,no2,co,o3_1h_max,o3_8h_max
            A,2015-01-01,35,50,8,40,0.8,120,100
            A,2015-01-02 00:00,35,50,8,40,0.8,120,100
            """);
        var rows = new KeptRows();

        var result = AirCsvReader.Read(path, rows);

        Assert.Equal(AirLayout.Daily, result.Layout);
        Assert.Equal(new AirDay(0, new DateOnly(2015, 1, 1), 8, 40, 50, 0.8, 120, 100, 35, 2), Assert.Single(rows.Days));
        Assert.Equal($"{path}, line 3, column time: expected a date yyyy-MM-dd, found '2015-01-02 00:00'", Assert.Single(result.Errors).ToProblem().ToWords().En);
    }

    [Fact]
    public void Read_OnASecondThread_GivesTheSameRowsAndErrorsInTheSameOrder()
    {
        var text = new System.Text.StringBuilder("station,time,pm25,pm10,so2,no2,co,o3\n");
        for (var i = 0; i < 30_000; i++)
        {
            var station = $"S{i % 7}";
            var hour = new DateTime(2015, 1, 1).AddHours(i / 7);
            var pm25 = i % 997 == 0 ? "-1" : i % 13 == 0 ? "NA" : (i % 400).ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{station},{hour:yyyy-MM-dd HH}:00,{pm25},60,7,30,0.{i % 10},{i % 200}\n");
        }

        var path = _files.Write(text.ToString());
        var one = new KeptHours();
        var two = new KeptHours();

        var single = AirCsvReader.Read(path, one, new AirReadOptions(Threads: 1));
        var parallel = AirCsvReader.Read(path, two, new AirReadOptions(Threads: 2));

        Assert.Equal(one.Hours, two.Hours);
        Assert.Equal(single.Errors.Select(e => e.ToString()), parallel.Errors.Select(e => e.ToString()));
        Assert.Equal(single.MissingValues, parallel.MissingValues);
        Assert.Equal(31, single.Errors.Count);
        Assert.Equal(30_000 - 31, one.Hours.Count);
    }

    /// <summary>Keeps rows without checking for repeats (the big file has none).</summary>
    private sealed class KeptHours : IAirRowSink
    {
        public List<AirHour> Hours { get; } = [];

        public void Begin(AirLayout layout, IReadOnlyList<string> stations)
        {
        }

        public bool Hour(in AirHour row)
        {
            Hours.Add(row);
            return true;
        }

        public bool Day(in AirDay row) => true;
    }
}
