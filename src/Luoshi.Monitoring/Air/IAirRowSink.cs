namespace Luoshi.Monitoring.Air;

/// <summary>Receives the good rows of an air file as the reader streams it; rows with an error never arrive.</summary>
public interface IAirRowSink
{
    /// <summary>One row of an hourly file; false when the sink already had this station and hour (a duplicate row).</summary>
    bool Hour(in AirHour row);

    /// <summary>One row of a daily file; false when the sink already had this station and day.</summary>
    bool Day(in AirDay row);
}
