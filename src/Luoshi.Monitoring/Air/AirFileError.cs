namespace Luoshi.Monitoring.Air;

/// <summary>One problem in an air monitoring file: where it is and what was expected there.</summary>
/// <param name="Place">File, line and column.</param>
/// <param name="Message">What was expected and what was found, e.g. "expected a concentration of zero or more, found '-3'".</param>
public sealed record AirFileError(FilePlace Place, string Message)
{
    /// <summary>"F, line L, column C: message", the line the command prints.</summary>
    public override string ToString() => $"{Place}: {Message}";
}
