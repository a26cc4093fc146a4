namespace Luoshi.Monitoring.Air;

/// <summary>Receives the good rows of an air file as the reader streams it; rows with an error never arrive.</summary>
public interface IAirRowSink
{
    /// <summary>
    /// Called once the header is read, before any row: the file's layout and its station names, a list that grows as
    /// new stations appear (index = <see cref="AirHour.Station"/>). A sink that needs neither may leave it out.
    /// </summary>
    void Begin(AirLayout layout, IReadOnlyList<string> stations)
    {
    }

    /// <summary>One row of an hourly file; false when the sink already had this station and hour (a duplicate row).</summary>
    bool Hour(in AirHour row);

    /// <summary>One row of a daily file; false when the sink already had this station and day.</summary>
    bool Day(in AirDay row);
}
