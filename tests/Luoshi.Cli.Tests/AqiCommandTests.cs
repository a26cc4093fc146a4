using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary>
/// <c>luoshi aqi</c> end to end on real rows (Fixtures/air, Beijing Multi-Site, CC BY 4.0) and on small files with
/// mistakes; expected indices worked by hand from the rows with HJ 633-2012 Table 1, rounded up.
/// </summary>
public sealed class AqiCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("luoshi-aqi-").FullName;

    private static string Real => Path.Combine(AppContext.BaseDirectory, "Fixtures", "air", "beijing-multisite-extract.csv");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Aqi_RealRowsHourly_FirstHourAsWorkedByHand()
    {
        var (code, output, _) = CliRun.Luoshi("aqi", Real);

        var lines = output.Split('\n');
        Assert.Equal(0, code);
        Assert.Equal(
            "station,time,pm25,pm10,so2,no2,co,o3,pm25_iaqi,pm10_iaqi,so2_iaqi,no2_iaqi,co_iaqi,o3_iaqi,aqi,level,level_name,category,primary_pollutants,above_table,not_indexed,standard",
            lines[0]);
        // Dongsi 2016-12-30 0:00: PM2.5 432 → 400 + 100/150 × 82 = 454.7 → 455; PM10 530 → 400 + 30 = 430;
        // SO2 29 (1-h row) → 50/150 × 29 = 9.7 → 10; NO2 102 (1-h) → 50 + 0.5 × 2 = 51; CO 5100 µg/m³ = 5.1 mg/m³
        // (1-h) → 50 + 10 × 0.1 = 51; O3 2 (1-h) → 0.625 → 1. AQI 455, 六级 严重污染, primary PM2.5.
        Assert.Equal("Dongsi,2016-12-30 00:00,432,530,29,102,5.1,2,455,430,10,51,51,1,455,6,六级,严重污染,PM2.5,false,,HJ 633-2012", lines[1]);
        Assert.Equal(73, lines.Count(l => l.Length > 0));
    }

    [Fact]
    public void Aqi_RealRowsDaily_GivesTheHandWorkedDays()
    {
        var (code, output, error) = CliRun.Luoshi("aqi", Real, "--daily", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var days = json.RootElement.EnumerateArray().ToDictionary(d => $"{d.GetProperty("station").GetString()} {d.GetProperty("date").GetString()}");
        Assert.Equal(3, days.Count);

        // Worked in tests/Luoshi.Indicators.Tests/Air/Daily/RealStationDayTests.cs, daily values rounded by GB/T 8170:
        // PM2.5 6911 / 24 = 287.96 → 288 → 338; SO2 578 / 24 = 24.08 → 24 → 24; CO 113.1 mg over 23 h = 4.917 → 4.9 → 105.
        var dongsi = days["Dongsi 2016-12-30"];
        Assert.Equal((338, "严重污染", "PM2.5", true), (Int(dongsi, "aqi"), Text(dongsi, "category"), Single(dongsi, "primary_pollutants"), Flag(dongsi, "valid")));
        Assert.Equal((338, 208, 24, 111, 105, 12, 4), (Int(dongsi, "pm25_iaqi"), Int(dongsi, "pm10_iaqi"), Int(dongsi, "so2_iaqi"),
            Int(dongsi, "no2_iaqi"), Int(dongsi, "co_iaqi"), Int(dongsi, "o3_1h_iaqi"), Int(dongsi, "o3_8h_iaqi")));
        Assert.Equal((288, 4.9, "HJ 633-2012"), (Int(dongsi, "pm25"), dongsi.GetProperty("co").GetDouble(), Text(dongsi, "standard")));

        // O3 8-h maximum 2747 / 8 = 343.375 (hours 11–18) → 343 → 200 + 100/535 × 78 = 214.6 → 215.
        var ozone = days["Aotizhongxin 2015-07-12"];
        Assert.Equal((215, "重度污染", "O3", 343), (Int(ozone, "aqi"), Text(ozone, "category"), Single(ozone, "primary_pollutants"), Int(ozone, "o3_8h_max")));

        // PM2.5 has 17 valid hours: the day is invalid; the AQI of the other values (52) is shown but does not count.
        var invalid = days["Aotizhongxin 2015-06-11"];
        Assert.Equal((false, 52, JsonValueKind.Null), (Flag(invalid, "valid"), Int(invalid, "aqi"), invalid.GetProperty("pm25_iaqi").ValueKind));
        Assert.Equal("PM2.5 24-hour mean: fewer than 20 valid hours", Text(invalid, "invalid_reason"));
        Assert.Equal("luoshi aqi: 72 rows, 2 stations, 3 records, 1 not valid (3 by HJ 633-2012); missing values: SO2 1, NO2 1, CO 2, O3 2, PM2.5 7\n", error);
    }

    [Fact]
    public void Aqi_BadFile_ExitsWithTwoListsEveryErrorAndWritesNothing()
    {
        var input = Write("bad.csv", """
            station,time,pm25,pm10,so2,no2,co,o3
            A,2015-01-01 00:00,35,50,8,40,0.8,77
            A,2015-01-01 01:00,-1,50,8,40,0.8,77
            A,2015-01-01 02:00,35,50,8,40,0.8
            B,2015-02-30 00:00,35,50,8,40,0.8,77
            """);
        var output = Path.Combine(_dir, "out.csv");

        var (code, stdout, error) = CliRun.English("aqi", input, "--daily", "-o", output);

        Assert.Equal((2, ""), (code, stdout));
        Assert.Equal(
            $"luoshi aqi: {input}, line 3, column pm25: expected a concentration of zero or more, found '-1'\n"
            + $"luoshi aqi: {input}, line 4: expected 8 columns as in the header, found 7\n"
            + $"luoshi aqi: {input}, line 5, column time: expected a time yyyy-MM-dd HH:mm (or yyyy-MM-ddTHH:mm) on the hour, hours 00–23, found '2015-02-30 00:00'\n"
            + $"luoshi aqi: 3 error(s) in {input}; nothing written\n",
            error);
        Assert.Equal([input], Directory.GetFiles(_dir));
    }

    [Fact]
    public void Aqi_StationNotOnTheList_IsAnError()
    {
        var input = Write("air.csv", "station,time,pm25,pm10,so2,no2,co,o3\n1001A,2015-01-01 00:00,35,50,8,40,0.8,77\n1010A,2015-01-01 00:00,35,50,8,40,0.8,77\n");
        var stations = Write("stations.txt", "station\n1001A\n1002A\n");

        var (code, stdout, error) = CliRun.English("aqi", input, "--stations", stations);

        Assert.Equal((2, ""), (code, stdout));
        Assert.StartsWith($"luoshi aqi: {input}, line 3, column station: expected a station of {stations}, found '1010A'\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aqi_MissingFile_ExitsWithTwo()
    {
        var missing = Path.Combine(_dir, "missing.csv");

        Assert.Equal((2, "", $"luoshi aqi: {missing}: file not found\n"), CliRun.Luoshi("aqi", missing));
    }

    [Fact]
    public void Aqi_OutputFile_IsWrittenAndStandardOutputStaysEmpty()
    {
        var input = Write("air.csv", "station,time,pm25,pm10,so2,no2,co,o3\nA,2015-01-01 00:00,35,50,8,40,0.8,77\n");
        var output = Path.Combine(_dir, "out.json");

        var (code, stdout, _) = CliRun.Luoshi("aqi", input, "--format", "json", "-o", output);

        Assert.Equal((0, ""), (code, stdout));
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        // PM2.5 35 is exactly the IAQI-50 limit: 50, 一级 优, no primary pollutant at 50 or below.
        var hour = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal((50, 1, "优", 0), (Int(hour, "aqi"), Int(hour, "level"), Text(hour, "category"), hour.GetProperty("primary_pollutants").GetArrayLength()));
    }

    [Fact]
    public void Aqi_So2HourAbove800_IsNotIndexedAndSaysSo()
    {
        // Table 1 note (2): SO2 1-h above 800 µg/m³ has no 1-hour index; the hour's AQI rests on the others:
        // NO2 1-h 150 → 50 + 0.5 × 50 = 75.
        var input = Write("so2.csv", "station,time,pm25,pm10,so2,no2,co,o3\nA,2015-01-01 00:00,,,900,150,,\n");

        var (code, output, _) = CliRun.Luoshi("aqi", input);

        Assert.Equal(0, code);
        Assert.Equal("A,2015-01-01 00:00,,,900,150,,,,,,75,,,75,2,二级,良,NO2,false,so2,HJ 633-2012", output.Split('\n')[1]);
    }

    [Fact]
    public void Aqi_DailyFile_JudgesEachRowAsGiven()
    {
        // PM2.5 75 → 100, PM10 150 → 100: two primary pollutants at AQI 100, 良. O3 8-h missing: not a valid day.
        var input = Write("daily.csv", """
            station,time,pm25,pm10,so2,no2,co,o3_1h_max,o3_8h_max
            A,2015-01-01,75,150,8,40,0.8,120,100
            A,2015-01-02,75,150,8,40,0.8,120,NA
            """);

        var (code, output, _) = CliRun.Luoshi("aqi", input);

        var lines = output.Split('\n');
        Assert.Equal(0, code);
        Assert.Equal("A,2015-01-01,75,150,8,40,0.8,120,100,100,100,8,50,20,38,50,100,2,二级,良,PM2.5;PM10,false,,true,,HJ 633-2012", lines[1]);
        Assert.EndsWith(",false,O3 daily maximum 8-hour mean: missing in the file,HJ 633-2012", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Aqi_HourFrom1March2026_IsJudgedByHj633Of2026()
    {
        // The same hour on 28 February and 1 March 2026: PM2.5 70 → 94 (良) by HJ 633-2012, 110 (轻度污染) by HJ 633—2026;
        // SO2 900 is not indexed by 2012 (note 2) and counts 200 by 2026 (note b).
        var input = Write("change.csv", """
            station,time,pm25,pm10,so2,no2,co,o3
            A,2026-02-28 10:00,70,,,,,
            A,2026-03-01 10:00,70,,,,,
            A,2026-03-01 11:00,20,,900,,,
            """);

        var (code, output, error) = CliRun.Luoshi("aqi", input);

        var lines = output.Split('\n');
        Assert.Equal(0, code);
        Assert.EndsWith(",94,2,二级,良,PM2.5,false,,HJ 633-2012", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",110,3,三级,轻度污染,PM2.5,false,,HJ 633-2026", lines[2], StringComparison.Ordinal);
        Assert.Equal("A,2026-03-01 11:00,20,,900,,,,29,,200,,,,200,4,四级,中度污染,SO2,false,,HJ 633-2026", lines[3]);
        Assert.Contains("(1 by HJ 633-2012, 2 by HJ 633-2026)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aqi_DailyFile2026WithAMissingPollutant_IsNaUpTo100AndPublishedAbove()
    {
        // HJ 633—2026 §5.3.1. Row 1: PM2.5 missing, the others give PM10 100 → 50 + 50/70 × 50 = 85.7 → 86 ≤ 100: "NA".
        // Row 2: PM10 200 → 100 + 50/130 × 80 = 130.8 → 131 > 100: published. Both are invalid days.
        var input = Write("daily2026.csv", """
            station,time,pm25,pm10,so2,no2,co,o3_1h_max,o3_8h_max
            A,2026-05-01,,100,8,40,0.8,120,100
            A,2026-05-02,,200,8,40,0.8,120,100
            """);

        var (code, output, _) = CliRun.Luoshi("aqi", input, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var days = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(("NA", 86, JsonValueKind.Null, false), (Text(days[0], "aqi"), Int(days[0], "pm10_iaqi"), days[0].GetProperty("category").ValueKind, Flag(days[0], "valid")));
        Assert.Equal((131, "轻度污染", "HJ 633-2026"), (Int(days[1], "aqi"), Text(days[1], "category"), Text(days[1], "standard")));
        // The O3 1-hour maximum is no daily indicator under HJ 633—2026: shown, not indexed.
        Assert.Equal((120, JsonValueKind.Null), (Int(days[1], "o3_1h_max"), days[1].GetProperty("o3_1h_iaqi").ValueKind));
    }

    [Fact]
    public void Aqi_CompareStandards_RealYearAcrossTheChange()
    {
        // The 12 Beijing stations' 2014 moved to 2026 (Fixtures/air): the counts below are those RealYearTests works out
        // independently of the product's code and checks against the library.
        var input = Path.Combine(_dir, "beijing-2026.csv");
        using (var gz = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "air", "beijing-2014-as-2026.csv.gz")), System.IO.Compression.CompressionMode.Decompress))
        using (var file = File.Create(input))
        {
            gz.CopyTo(file);
        }

        var (code, output, error) = CliRun.Luoshi("aqi", input, "--compare-standards");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal(
            "level,scope,year,days,valid,invalid,good_hj633_2012,share_hj633_2012,good_hj633_2026,share_hj633_2026,good_in_force,share_in_force,heavy_in_force,rules_in_force,evaluation",
            lines[0]);
        const string rules = "HJ 633-2012 2026-01-01 to 2026-02-28; HJ 633-2026 2026-03-01 to 2026-12-31,HJ 663-2013";
        // Dongsi: 154 of 315 valid days good by 2012 (48.89%), 122 by 2026 (38.73%), 123 by the rules in force (39.05%).
        Assert.Equal($"station,Dongsi,2026,365,315,50,154,48.89,122,38.73,123,39.05,39,{rules}", lines[4]);
        // The city of twelve (HJ 663-2013 means): 169 of 360 (46.94%) by 2012, 126 (35%) by 2026, 131 (36.39%) in force.
        Assert.Equal($"city,all,2026,365,360,5,169,46.94,126,35,131,36.39,47,{rules}", lines[13]);
        Assert.Equal(14, lines.Length);
        Assert.StartsWith("luoshi aqi: 105,120 rows, 12 stations, 13 records;", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static string? Text(JsonElement e, string name) => e.GetProperty(name).GetString();

    private static bool Flag(JsonElement e, string name) => e.GetProperty(name).GetBoolean();

    private static string? Single(JsonElement e, string name) => Assert.Single(e.GetProperty(name).EnumerateArray().ToArray()).GetString();
}
