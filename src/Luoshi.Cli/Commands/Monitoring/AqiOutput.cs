using Luoshi.Indicators.Air.Daily;
using Luoshi.Monitoring.Air;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>
/// The sink <c>luoshi aqi</c> reads into: each hourly row, daily row or station-day becomes one record in a
/// temporary file, which the command keeps only when the whole input was good.
/// </summary>
internal sealed class AqiOutput : IAirRowSink, IStationDaySink, IDisposable
{
    private readonly FileStream _file;
    private readonly string _format;
    private readonly AqiRecord _record = new();
    private AqiRecordWriter _writer;
    private IReadOnlyList<string> _stations = [];

    public AqiOutput(string temporaryPath, string format)
    {
        _file = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        _format = format;
        _writer = AqiRecordWriter.For(format, _file);
    }

    /// <summary>Records written.</summary>
    public long Records { get; private set; }

    /// <summary>Station-days or daily rows that are not valid.</summary>
    public long InvalidDays { get; private set; }

    /// <summary>Records judged by HJ 633-2012 (index 0) and by HJ 633—2026 (index 1).</summary>
    public long[] ByStandard { get; } = new long[2];

    public void Begin(AirLayout layout, IReadOnlyList<string> stations) => _stations = stations;

    public bool Hour(in AirHour row)
    {
        ByStandard[(int)HourlyAqiRecord.Fill(_record, row, _stations[row.Station]) - 1]++;
        Write();
        return true;
    }

    public bool Day(in AirDay row)
    {
        var day = DailyAqiRecord.Fill(_record, _stations[row.Station], row);
        Count(day);
        Write();
        return true;
    }

    public void Accept(in StationDayHours hours)
    {
        var day = StationDay.FromHourly(hours.Date, HourlyDay.FromBlock(hours.All));
        DailyAqiRecord.Fill(_record, hours.StationName, day);
        Count(day);
        Write();
    }

    public void Reset()
    {
        _writer.Dispose();
        _file.SetLength(0);
        _writer = AqiRecordWriter.For(_format, _file);
        Records = InvalidDays = 0;
        Array.Clear(ByStandard);
    }

    /// <summary>Finishes the output and copies it to <paramref name="destination"/>.</summary>
    public void CopyTo(Stream destination)
    {
        _writer.Dispose();
        _file.Position = 0;
        _file.CopyTo(destination);
        destination.Flush();
    }

    /// <summary>Finishes the output in place.</summary>
    public void Complete() => _writer.Dispose();

    public void Dispose() => _file.Dispose();

    private void Count(in StationDay day)
    {
        InvalidDays += day.IsValid ? 0 : 1;
        ByStandard[(int)day.Standard - 1]++;
    }

    /// <summary>Writes a record filled elsewhere (the comparison's rows).</summary>
    public void Write(AqiRecord record)
    {
        _writer.Write(record.Fields);
        Records++;
    }

    private void Write() => Write(_record);
}
