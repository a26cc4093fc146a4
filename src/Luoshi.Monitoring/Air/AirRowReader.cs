using System.Globalization;
using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Air;

/// <summary>Turns one CSV row into an <see cref="AirHour"/> or <see cref="AirDay"/>, or into errors with their place.</summary>
internal sealed class AirRowReader
{
    // Beijing Multi-Site gives CO in µg/m³; HJ 633-2012 Table 1 takes mg/m³.
    private const double MicrogramsPerMilligram = 1000;
    private const int CoValue = 3;

    private readonly AirColumns _columns;
    private readonly AirReadOptions _options;
    private readonly AirReadResult _result;
    private readonly StationIndex _stations = new();
    private readonly long[] _missing;
    private readonly double[] _values;

    public AirRowReader(AirColumns columns, AirReadOptions options, AirReadResult result)
    {
        _columns = columns;
        _options = options;
        _result = result;
        _missing = new long[columns.Values.Length];
        _values = new double[columns.Values.Length];
        result.Layout = columns.Layout;
        result.Stations = _stations.Names;
    }

    /// <summary>The station names as they appear, index = station number.</summary>
    public IReadOnlyList<string> Stations => _stations.Names;

    public void Read(SepReader.Row row, IAirRowSink sink)
    {
        _result.Rows++;
        var line = row.LineNumberFrom;
        if (row.ColCount != _columns.Count)
        {
            _result.Add(line, null, string.Create(
                CultureInfo.InvariantCulture, $"expected {_columns.Count} columns as in the header, found {row.ColCount}"));
            return;
        }

        var errors = _result.Errors.Count;
        var station = Station(row, line);
        var date = Time(row, line, out var hour);
        Values(row, line);
        if (_result.Errors.Count > errors)
        {
            return;
        }

        var v = _values;
        var accepted = _columns.Layout == AirLayout.Daily
            ? sink.Day(new AirDay(station, date, v[0], v[1], v[2], v[3], v[4], v[5], v[6], line))
            : sink.Hour(new AirHour(station, date, hour, v[0], v[1], v[2], v[3], v[4], v[5], line));
        if (!accepted)
        {
            var when = _columns.Layout == AirLayout.Daily
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} {hour:00}:00");
            _result.Add(line, null, $"expected one row per station and {(_columns.Layout == AirLayout.Daily ? "day" : "hour")}, "
                + $"found a second row for {_stations.Names[station]} at {when}");
        }
    }

    /// <summary>Publishes the counts once the file is read.</summary>
    public void Finish()
    {
        var names = AirColumns.ValueOrder(_columns.Layout);
        _result.MissingValues = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => _missing[p.i]);
    }

    private int Station(SepReader.Row row, int line)
    {
        var name = row[_columns.Station].Span;
        if (name.IsWhiteSpace())
        {
            _result.Add(line, Name(_columns.Station), "expected a station name, found nothing");
            return -1;
        }

        if (_options.KnownStations is { } known && !known.Contains(name.ToString()))
        {
            _result.Add(line, Name(_columns.Station),
                $"expected a station of {_options.StationListName ?? "the station list"}, found '{name}'");
            return -1;
        }

        return _stations.Of(name);
    }

    private DateOnly Time(SepReader.Row row, int line, out int hour)
    {
        hour = 0;
        if (_columns.Layout == AirLayout.BeijingMultiSite)
        {
            return PartsTime(row, line, out hour);
        }

        var text = row[_columns.Time[0]].Span;
        var good = _columns.Layout == AirLayout.Daily
            ? AirTimeText.TryParseDate(text, out var date)
            : AirTimeText.TryParseHour(text, out date, out hour);
        if (!good)
        {
            var expected = _columns.Layout == AirLayout.Daily ? AirTimeText.DailyExpectation : AirTimeText.HourlyExpectation;
            _result.Add(line, Name(_columns.Time[0]), $"expected {expected}, found '{text}'");
        }

        return date;
    }

    // Beijing Multi-Site: year, month, day and hour in four columns.
    private DateOnly PartsTime(SepReader.Row row, int line, out int hour)
    {
        var t = _columns.Time;
        if (!Whole(row, t[0], out var year) | !Whole(row, t[1], out var month) | !Whole(row, t[2], out var day)
            | !Whole(row, t[3], out hour) || hour > 23 || !AirTimeText.TryDate(year, month, day, out var date))
        {
            var found = $"{row[t[0]].Span}-{row[t[1]].Span}-{row[t[2]].Span} hour {row[t[3]].Span}";
            _result.Add(line, string.Join(',', t.Select(Name)), $"expected a real date and an hour 0–23, found {found}");
            return default;
        }

        return date;
    }

    private static bool Whole(SepReader.Row row, int column, out int value) =>
        int.TryParse(row[column].Span, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private void Values(SepReader.Row row, int line)
    {
        var columns = _columns.Values;
        for (var i = 0; i < columns.Length; i++)
        {
            var text = row[columns[i]].Span;
            switch (ConcentrationText.Parse(text, out _values[i]))
            {
                case CellKind.Missing:
                    _missing[i]++;
                    break;
                case CellKind.NotANumber:
                    _result.Add(line, Name(columns[i]), $"expected a concentration (a number, blank or NA), found '{text}'");
                    break;
                case CellKind.Negative:
                    _result.Add(line, Name(columns[i]), $"expected a concentration of zero or more, found '{text}'");
                    break;
            }
        }

        if (_columns.Layout == AirLayout.BeijingMultiSite)
        {
            _values[CoValue] /= MicrogramsPerMilligram;
        }
    }

    private string Name(int column) => _columns.Names[column];
}
