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

    /// <summary>Hours or days not evaluated because their date falls under rules not available here.</summary>
    public long NotEvaluated { get; private set; }

    public void Begin(AirLayout layout, IReadOnlyList<string> stations) => _stations = stations;

    public bool Hour(in AirHour row)
    {
        NotEvaluated += HourlyAqiRecord.Fill(_record, row, _stations[row.Station]) ? 0 : 1;
        Write();
        return true;
    }

    public bool Day(in AirDay row)
    {
        var (valid, evaluated) = DailyAqiRecord.Fill(_record, _stations[row.Station], row);
        Count(valid, !evaluated);
        Write();
        return true;
    }

    public void Accept(in StationDayHours hours)
    {
        var day = StationDay.FromHourly(hours.Date, HourlyDay.FromBlock(hours.All));
        DailyAqiRecord.Fill(_record, hours.StationName, day);
        Count(day.IsValid, day.Status == DayStatus.NotEvaluated);
        Write();
    }

    public void Reset()
    {
        _writer.Dispose();
        _file.SetLength(0);
        _writer = AqiRecordWriter.For(_format, _file);
        Records = InvalidDays = NotEvaluated = 0;
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

    private void Count(bool valid, bool notEvaluated)
    {
        InvalidDays += valid || notEvaluated ? 0 : 1;
        NotEvaluated += notEvaluated ? 1 : 0;
    }

    private void Write()
    {
        _writer.Write(_record.Fields);
        Records++;
    }
}
