using System.Runtime.CompilerServices;

namespace Luoshi.Monitoring.Air;

/// <summary>Up to seven values of one row, in the order of <see cref="AirColumns.ValueOrder"/>; NaN where missing.</summary>
[InlineArray(7)]
internal struct RowValues
{
    private double _first;
}

/// <summary>One row parsed, holding nothing of the reader's buffers so it can cross from a parsing thread to the consumer.</summary>
internal struct ParsedAirRow
{
    /// <summary>The row's first line in the file.</summary>
    public int Line;

    /// <summary>The station name, interned by <see cref="StationNames"/>; null when the row has an error.</summary>
    public string? Station;

    public DateOnly Date;

    public int Hour;

    public RowValues Values;

    /// <summary>Bit i set: value column i was blank or NA.</summary>
    public int Missing;

    /// <summary>The row's problems; null for a good row (the common case allocates nothing).</summary>
    public List<AirFileError>? Errors;
}
