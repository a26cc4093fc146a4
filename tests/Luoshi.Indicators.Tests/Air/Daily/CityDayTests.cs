using Luoshi.Indicators.Air;
using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>A city's day as the mean of its stations' valid daily values (HJ 663-2013, city scale), worked by hand.</summary>
public sealed class CityDayTests
{
    private static readonly DateOnly Date = new(2016, 7, 1);

    private static StationDay Station(double so2, double no2, double pm10, double co, double o3, double[] pm25, DateOnly? date = null) =>
        StationDay.FromHourly(date ?? Date, new HourlyDay
        {
            So2 = Hours.Constant(so2),
            No2 = Hours.Constant(no2),
            Pm10 = Hours.Constant(pm10),
            Co = Hours.Constant(co),
            O3 = Hours.Constant(o3),
            Pm25 = pm25,
        });

    [Fact]
    public void MeanOfStations_LeavesOutAStationsInvalidValueOnly()
    {
        // Station B has PM2.5 in 19 hours only: its PM2.5 is left out, its other values count.
        StationDay[] stations =
        [
            Station(10, 30, 60, 0.8, 100, Hours.Constant(40)),
            Station(20, 50, 90, 1.2, 140, Hours.First(19, 200)),
            Station(30, 40, 120, 1.0, 120, Hours.Constant(70)),
        ];

        var city = CityDay.FromStations(Date, stations);

        // SO2 (10 + 20 + 30) / 3 = 20 → 20; NO2 120 / 3 = 40 → 50; PM10 270 / 3 = 90 → 50 + 0.5 × 40 = 70;
        // CO 3.0 / 3 = 1.0 → 25; O3 1-h (100 + 140 + 120) / 3 = 120 → 37.5 → 38; O3 8-h 120 → 50 + 50/60 × 20 = 66.7 → 67;
        // PM2.5 (40 + 70) / 2 = 55 → 50 + 1.25 × 20 = 75. With B's 200 it would be 103.3 → 136, a polluted day.
        Assert.Equal(new DailyValue(55, 2, DailyValueValidity.Valid), city.Pm25);
        Assert.Equal(new DailyValue(20, 3, DailyValueValidity.Valid), city.So2);
        Assert.Equal(
            new DailyIndex(AirStandard.Hj633Of2012, 20, 50, 70, 25, 38, 67, 75, 75, PollutantSet.Pm25, PollutantSet.None, false, PollutantSet.None, false),
            city.Index);
        Assert.Equal((DayStatus.Valid, 3), (city.Status, city.Stations));
        Assert.True(city.IsGood);
    }

    [Fact]
    public void NoStationWithAValidValue_MakesTheCityDayInvalid()
    {
        StationDay[] stations =
        [
            Station(10, 30, 60, 0.8, 100, Hours.First(19, 40)),
            Station(20, 50, 90, 1.2, 140, Hours.Constant(double.NaN)),
        ];

        var city = CityDay.FromStations(Date, stations);

        Assert.Equal((DayStatus.Invalid, DayInvalidity.Pm25), (city.Status, city.Invalidity));
        Assert.Equal(DailyValueValidity.NoData, city.Pm25.Validity);

        var tally = new GoodDayTally();
        tally.Add(city);
        Assert.Equal((0, 1), (tally.Valid, tally.Invalid));
    }

    [Fact]
    public void FromStations_From1March2026_IsIndexedByHj633Of2026()
    {
        // The same three stations on 2 March 2026: PM2.5 55 → 50 + 50/25 × 20 = 90 (HJ 633—2026: 35–60 is 50–100),
        // PM10 90 → 50 + 50/70 × 40 = 78.6 → 79; the O3 1-hour maximum no longer enters the daily AQI.
        var date = new DateOnly(2026, 3, 2);
        StationDay[] stations =
        [
            Station(10, 30, 60, 0.8, 100, Hours.Constant(40), date),
            Station(20, 50, 90, 1.2, 140, Hours.First(19, 200), date),
            Station(30, 40, 120, 1.0, 120, Hours.Constant(70), date),
        ];

        var city = CityDay.FromStations(date, stations);

        Assert.Equal(
            new DailyIndex(AirStandard.Hj633Of2026, 20, 50, 79, 25, null, 67, 90, 90, PollutantSet.Pm25, PollutantSet.None, false, PollutantSet.None, false),
            city.Index);
        Assert.Equal(AirStandard.Hj633Of2026, city.Standard);
        Assert.Equal(75, city.By(AirStandard.Hj633Of2012).Index.Aqi);
    }

    [Fact]
    public void StationOfAnotherDate_Throws()
    {
        StationDay[] stations = [Station(10, 30, 60, 0.8, 100, Hours.Constant(40), Date.AddDays(1))];

        Assert.Throws<ArgumentException>(() => CityDay.FromStations(Date, stations));
    }
}
