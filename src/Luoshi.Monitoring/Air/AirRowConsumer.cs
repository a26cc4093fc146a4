using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Monitoring.Air;

/// <summary>
/// Takes parsed rows in file order: numbers stations by first appearance, counts missing values, keeps errors in
/// order and passes good rows to the sink. Runs on one thread whether the rows were parsed on one or several.
/// </summary>
internal sealed class AirRowConsumer
{
    private readonly AirLayout _layout;
    private readonly AirReadResult _result;
    private readonly IAirRowSink _sink;
    private readonly Dictionary<string, int> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _stations = [];
    private readonly long[] _missing = new long[7];
    private readonly int _valueCount;

    public AirRowConsumer(AirLayout layout, AirReadResult result, IAirRowSink sink)
    {
        _layout = layout;
        _result = result;
        _sink = sink;
        _valueCount = AirColumns.ValueOrder(layout).Count;
        result.Layout = layout;
        result.Stations = _stations;
        sink.Begin(layout, _stations);
    }

    public void Take(in ParsedAirRow row)
    {
        _result.Rows++;
        for (var missing = row.Missing; missing != 0; missing &= missing - 1)
        {
            _missing[System.Numerics.BitOperations.TrailingZeroCount(missing)]++;
        }

        if (row.Errors is { } errors)
        {
            _result.AddRange(errors);
            return;
        }

        var station = Number(row.Station!);
        var v = row.Values;
        var accepted = _layout == AirLayout.Daily
            ? _sink.Day(new AirDay(station, row.Date, v[0], v[1], v[2], v[3], v[4], v[5], v[6], row.Line))
            : _sink.Hour(new AirHour(station, row.Date, row.Hour, v[0], v[1], v[2], v[3], v[4], v[5], row.Line));
        if (!accepted)
        {
            Duplicate(row);
        }
    }

    /// <summary>Publishes the missing-value counts once the file is read.</summary>
    public void Finish()
    {
        var names = AirColumns.ValueOrder(_layout);
        _result.MissingValues = Enumerable.Range(0, _valueCount).ToDictionary(i => names[i], i => _missing[i]);
    }

    private int Number(string station)
    {
        if (!_numbers.TryGetValue(station, out var number))
        {
            number = _stations.Count;
            _numbers.Add(station, number);
            _stations.Add(station);
        }

        return number;
    }

    private void Duplicate(in ParsedAirRow row)
    {
        var daily = _layout == AirLayout.Daily;
        var when = daily
            ? row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{row.Date:yyyy-MM-dd} {row.Hour:00}:00");
        _result.Add(row.Line, null, Catalogue.Monitoring.SecondRow(daily, row.Station!, when));
    }
}
