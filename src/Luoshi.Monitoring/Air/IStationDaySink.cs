namespace Luoshi.Monitoring.Air;

/// <summary>Receives the station-days that an hourly file's rows add up to.</summary>
public interface IStationDaySink
{
    /// <summary>One complete station-day (every row of it in the file has been read). Each station-day comes once.</summary>
    void Accept(in StationDayHours day);

    /// <summary>
    /// Forget every station-day given so far: the file turned out not to be sorted by time within a station, and it is
    /// read again from the start in the mode that holds every station-day until the end.
    /// </summary>
    void Reset();
}
