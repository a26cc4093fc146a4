using System.Globalization;
using System.Text;
using Luoshi.Indicators.Air.Daily;
using Luoshi.Monitoring.Air;

namespace Luoshi.AirBench;

/// <summary>
/// Luoshi's side, end to end: the hourly CSV through <see cref="StationDayReader"/> (the product's streamed reader)
/// into <see cref="StationDay.FromHourly"/> (the daily rules), every station-day written out, and the share of good
/// days per station and year counted with <see cref="GoodDayTally"/>.
/// </summary>
internal sealed class LuoshiRun : IStationDaySink, IDisposable
{
    private readonly StreamWriter _days;
    private readonly Dictionary<(int Station, int Year), GoodDayTally> _years = [];
    private readonly char[] _line = new char[256];

    private LuoshiRun(string daysPath) =>
        _days = new StreamWriter(daysPath, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);

    public static int Run(string input, string daysPath, string yearsPath, TextWriter error)
    {
        AirReadResult result;
        using (var run = new LuoshiRun(daysPath))
        {
            run.Start();
            result = StationDayReader.Read(input, run);
            if (!result.IsValid)
            {
                foreach (var e in result.Errors)
                {
                    error.WriteLine(e);
                }

                return 2;
            }

            run.WriteYears(yearsPath, result.Stations);
        }

        return 0;
    }

    public void Accept(in StationDayHours hours)
    {
        var day = StationDay.FromHourly(hours.Date, HourlyDay.FromBlock(hours.All));
        var key = (hours.Station, hours.Date.Year);
        if (!_years.TryGetValue(key, out var tally))
        {
            _years.Add(key, tally = new GoodDayTally());
        }

        tally.Add(day);
        var i = day.Index;
        ReadOnlySpan<int?> indices = [i.Aqi, i.So2, i.No2, i.Pm10, i.Co, i.O3OneHour, i.O3EightHour, i.Pm25];
        var length = DayLine.Format(_line, hours.StationName, hours.Date, day.IsValid, indices);
        _days.Write(_line, 0, length);
    }

    public void Reset()
    {
        _years.Clear();
        _days.Flush();
        _days.BaseStream.SetLength(0);
        Start();
    }

    public void Dispose() => _days.Dispose();

    private void Start()
    {
        _days.Write(DayLine.Header);
        _days.Write('\n');
    }

    private void WriteYears(string path, IReadOnlyList<string> stations)
    {
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(false));
        output.Write(DayLine.YearHeader + "\n");
        foreach (var ((station, year), tally) in _years.OrderBy(p => stations[p.Key.Station], StringComparer.Ordinal).ThenBy(p => p.Key.Year))
        {
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"{stations[station]},{year},{tally.Days},{tally.Valid},{tally.Good},{tally.Share:0.000000}\n"));
        }
    }
}
