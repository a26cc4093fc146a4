namespace Luoshi.Monitoring.Air;

/// <summary>A station's rows went back to an earlier day: the streaming assembler cannot finish days early in this file.</summary>
/// <remarks>Internal control flow between the assembler and <see cref="StationDayReader"/>, never seen by callers.</remarks>
internal sealed class UnsortedAirFileException(int line)
    : Exception($"Line {line} goes back to an earlier day of its station.")
{
    /// <summary>The first line that went back.</summary>
    public int Line { get; } = line;
}
