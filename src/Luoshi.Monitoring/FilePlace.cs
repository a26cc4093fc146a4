using Luoshi.Domain.Wording;

namespace Luoshi.Monitoring;

/// <summary>Where in a monitoring file a problem is: file, 1-based line and the column's header name.</summary>
public readonly record struct FilePlace(string File, int Line, string? Column)
{
    /// <summary>The place as every output shows it (file, line, column).</summary>
    public Place ToPlace() => new(File, Line: Line, Column: Column);

    /// <summary>"F, line L, column C" in the reader's language.</summary>
    public override string ToString() => ToPlace().ToString();
}
