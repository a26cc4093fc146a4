using System.Globalization;
using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>
/// Daily values and AQI of three real station-days (Fixtures/air, Beijing Multi-Site, CC BY 4.0), worked by hand from
/// the rows: sums of the hourly columns, daily values rounded by GB/T 8170 (whole µg/m³, CO 0.1 mg/m³, half to even),
/// HJ 633-2012 Table 1 for the indices, rounded up.
/// </summary>
public sealed class RealStationDayTests
{
    [Fact]
    public void Dongsi_2016_12_30_WinterEpisode_Is338FromPm25()
    {
        var day = Read("Dongsi", new DateOnly(2016, 12, 30));

        // PM2.5: sum 6911 over 24 h = 287.958… → 288; 250–350 → 300 + (288 − 250) = 338.
        Assert.Equal(288, day.Pm25.Value);
        // PM10: 8531 / 24 = 355.458… → 355; 350–420 → 200 + 100/70 × 5 = 207.1 → 208.
        // NO2: 2424 / 24 = 101; 80–180 → 100 + 50/100 × 21 = 110.5 → 111.
        // CO: hour 15 is NA, 113100 µg over 23 h = 4.9174 mg/m³ → 4.9; 4–14 → 100 + 5 × 0.9 = 104.5 → 105.
        Assert.Equal(4.9, day.Co.Value);
        Assert.Equal((23, DailyValueValidity.Valid), (day.Co.Count, day.Co.Validity));
        // SO2: 578 / 24 = 24.08 → 24 → 24. O3 1-h max 38 → 50/160 × 38 = 11.9 → 12; 8-h max 58 / 8 = 7.25 → 7 → 3.5 → 4.
        Assert.Equal(new DailyIndex(AirStandard.Hj633Of2012, 24, 111, 208, 105, 12, 4, 338, 338, PollutantSet.Pm25,
            PollutantSet.No2 | PollutantSet.Pm10 | PollutantSet.Co | PollutantSet.Pm25, false, PollutantSet.None, false), day.Index);
        Assert.Equal((DayStatus.Valid, "严重污染"), (day.Status, day.Index.Category!.Name));
        Assert.False(day.IsGood);
    }

    [Fact]
    public void Aotizhongxin_2015_07_12_OzoneDay_Is215FromTheEightHourMean()
    {
        var day = Read("Aotizhongxin", new DateOnly(2015, 7, 12));

        // O3 hour 4 is NA; all 17 windows keep ≥ 7 valid hours. Largest: hours 11–18,
        // 260 + 325 + 380 + 406 + 423 + 397 + 328 + 228 = 2747, / 8 = 343.375 → 343; 265–800 → 200 + 100/535 × 78 = 214.6 → 215.
        Assert.Equal(new DailyValue(343, 17, DailyValueValidity.Valid), day.O3EightHourMax);
        // O3 1-h max 423 (hour 15), 23 valid hours; 400–800 → 200 + 100/400 × 23 = 205.75 → 206.
        Assert.Equal(new DailyValue(423, 23, DailyValueValidity.Valid), day.O3OneHourMax);
        // SO2 203/24 = 8.46 → 8 → 8; NO2 1749/24 = 72.875 → 73 → 50 + 1.25 × 33 = 91.25 → 92; PM10 4076/24 = 169.83 → 170
        // → 100 + 0.5 × 20 = 110; CO 25000/24 µg = 1.0417 mg → 1.0 → 25; PM2.5 2779/24 = 115.79 → 116 → 150 + 50/35 × 1 = 151.4 → 152.
        Assert.Equal(new DailyIndex(AirStandard.Hj633Of2012, 8, 92, 110, 25, 206, 215, 152, 215, PollutantSet.O3,
            PollutantSet.Pm10 | PollutantSet.O3 | PollutantSet.Pm25, false, PollutantSet.None, false), day.Index);
        Assert.Equal((DayStatus.Valid, "重度污染"), (day.Status, day.Index.Category!.Name));
    }

    [Fact]
    public void Aotizhongxin_2015_06_11_SeventeenPm25Hours_IsInvalidNotGood()
    {
        var day = Read("Aotizhongxin", new DateOnly(2015, 6, 11));

        // PM2.5 is NA at hours 14 and 18–23: 17 valid hours < 20 (GB 3095-2012 Table 4), mean 151 / 17 = 8.9 → 9 shown only.
        Assert.Equal(new DailyValue(9, 17, DailyValueValidity.TooFew), day.Pm25);
        Assert.Equal((DayStatus.Invalid, DayInvalidity.Pm25), (day.Status, day.Invalidity));
        // The other values are valid, so the shown AQI is theirs: O3 8-h hours 10–17 without hour 14, 717 / 7 = 102.43
        // → 102 → 50 + 50/60 × 2 = 51.7 → 52; but the day counts neither as good nor as polluted.
        Assert.Equal(52, day.Index.Aqi);
        Assert.Null(day.Index.Pm25);
        Assert.False(day.IsGood);

        var tally = new GoodDayTally();
        tally.Add(day);
        Assert.Equal((0, 1, 1), (tally.Valid, tally.Invalid, tally.InvalidBecauseOf(DayInvalidity.Pm25)));
    }

    [Fact]
    public void Dongsi_2016_12_30_ByHj633Of2026_IsStill338WithNoExceedingList()
    {
        var day = Read("Dongsi", new DateOnly(2016, 12, 30)).By(AirStandard.Hj633Of2026);

        // Table 3 differs only below IAQI 100 for PM: PM2.5 288 and PM10 355 index as before; the O3 1-hour maximum is
        // not a daily indicator any more; 超标污染物 is no longer a term.
        Assert.Equal(new DailyIndex(AirStandard.Hj633Of2026, 24, 111, 208, 105, null, 4, 338, 338, PollutantSet.Pm25,
            PollutantSet.None, false, PollutantSet.None, false), day.Index);
        Assert.True(day.IsHeavyPollution);
    }

    [Fact]
    public void Aotizhongxin_2015_07_12_ByHj633Of2026_PmIndicesRise()
    {
        var day = Read("Aotizhongxin", new DateOnly(2015, 7, 12)).By(AirStandard.Hj633Of2026);

        // PM10 170 on 120–250 → 100 + 50/130 × 50 = 119.2 → 120 (was 110); PM2.5 116 on 115–150 → 152 as before;
        // O3 8-h 343 still decides: 215.
        Assert.Equal((120, 152, 215, (int?)null), (day.Index.Pm10, day.Index.Pm25, day.Index.Aqi!.Value, day.Index.O3OneHour));
    }

    [Fact]
    public void Aotizhongxin_2015_06_11_ByHj633Of2026_IsNotAvailable()
    {
        var day = Read("Aotizhongxin", new DateOnly(2015, 6, 11)).By(AirStandard.Hj633Of2026);

        // HJ 633—2026 §5.3.1: PM2.5 is missing and the others give 52 ≤ 100, so the AQI is "NA"; the single values stay.
        Assert.Equal((true, PollutantSet.Pm25, (int?)null, 52), (day.Index.NotAvailable, day.Index.Missing, day.Index.Aqi, day.Index.O3EightHour!.Value));
        Assert.Null(day.Index.Category);
    }

    /// <summary>The station-day from the fixture: NA → NaN, CO µg/m³ → mg/m³.</summary>
    private static StationDay Read(string station, DateOnly date)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "air", "beijing-multisite-extract.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToList();
        int Column(string name) => header.IndexOf(name);
        var block = new double[6 * 24];
        string[] columns = ["SO2", "NO2", "PM10", "CO", "O3", "PM2.5"];
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',').Select(c => c.Trim('"')).ToArray();
            var rowDate = new DateOnly(Int(cells[Column("year")]), Int(cells[Column("month")]), Int(cells[Column("day")]));
            if (cells[Column("station")] != station || rowDate != date)
            {
                continue;
            }

            var hour = Int(cells[Column("hour")]);
            for (var p = 0; p < columns.Length; p++)
            {
                var cell = cells[Column(columns[p])];
                var value = cell == "NA" ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);
                block[(p * 24) + hour] = columns[p] == "CO" ? value / 1000 : value;
            }
        }

        return StationDay.FromHourly(date, HourlyDay.FromBlock(block));
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
