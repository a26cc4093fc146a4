namespace Luoshi.Monitoring.Air;

/// <summary>Gathers the rows of an hourly file into station-days and hands each finished one to a sink.</summary>
/// <remarks>
/// <para>Streaming (the default): each station has one open day. Rows of different stations may interleave in any
/// order and the hours within a day may come in any order; when a station's row belongs to a later day, its open
/// day is finished and passed on. Memory: one 1.2 KB buffer per station, whatever the file's length.</para>
/// <para>A row for an earlier day than its station's open day means the file is not sorted by time within that
/// station; the streaming assembler then throws <see cref="UnsortedAirFileException"/> and the file is read again by
/// a holding assembler, which keeps every station-day until the end of the file and passes them on by station and
/// date. Memory then grows with the file: about 1.3 KB per station-day (≈ 0.5 MB per station-year, 240 MB for 50
/// stations over 10 years), which is why it is only the fallback.</para>
/// </remarks>
internal sealed class StationDayAssembler : IAirRowSink
{
    private readonly IStationDaySink _sink;
    private readonly bool _holding;
    private readonly List<OpenStationDay?> _open = [];
    private readonly Dictionary<(int Station, int Day), OpenStationDay> _held = [];
    private IReadOnlyList<string> _stations = [];

    public StationDayAssembler(IStationDaySink sink, bool holding)
    {
        _sink = sink;
        _holding = holding;
    }

    public void Begin(AirLayout layout, IReadOnlyList<string> stations) => _stations = stations;

    public bool Hour(in AirHour row) => _holding ? Hold(row) : Stream(row);

    // Daily files are station-days already; the caller reports them as the wrong layout.
    public bool Day(in AirDay row) => true;

    /// <summary>Passes on every day still open, by station and date.</summary>
    public void Finish()
    {
        if (_holding)
        {
            foreach (var key in _held.Keys.Order())
            {
                Emit(key.Station, _held[key]);
            }

            _held.Clear();
            return;
        }

        for (var station = 0; station < _open.Count; station++)
        {
            if (_open[station] is { DayNumber: >= 0 } day)
            {
                Emit(station, day);
            }
        }
    }

    private bool Stream(in AirHour row)
    {
        while (_open.Count <= row.Station)
        {
            _open.Add(null);
        }

        var day = _open[row.Station] ??= new OpenStationDay();
        var dayNumber = row.Date.DayNumber;
        if (dayNumber != day.DayNumber)
        {
            if (dayNumber < day.DayNumber)
            {
                throw new UnsortedAirFileException(row.Line);
            }

            if (day.DayNumber >= 0)
            {
                Emit(row.Station, day);
            }

            day.Start(dayNumber);
        }

        return day.Add(row);
    }

    private bool Hold(in AirHour row)
    {
        var key = (row.Station, row.Date.DayNumber);
        if (!_held.TryGetValue(key, out var day))
        {
            day = new OpenStationDay();
            day.Start(key.DayNumber);
            _held.Add(key, day);
        }

        return day.Add(row);
    }

    private void Emit(int station, OpenStationDay day) =>
        _sink.Accept(new StationDayHours(station, _stations[station], DateOnly.FromDayNumber(day.DayNumber), day.Values));
}
