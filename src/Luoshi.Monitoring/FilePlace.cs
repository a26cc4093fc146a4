using System.Globalization;

namespace Luoshi.Monitoring;

/// <summary>Where in a monitoring file a problem is: file, 1-based line and the column's header name.</summary>
public readonly record struct FilePlace(string File, int Line, string? Column)
{
    /// <summary>"F, line L, column C" — the form every reader's error message starts with.</summary>
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"{File}, line {Line}")
        : string.Create(CultureInfo.InvariantCulture, $"{File}, line {Line}, column {Column}");
}
