using Luoshi.Domain.Wording;

namespace Luoshi.Monitoring.Air;

/// <summary>One problem in an air monitoring file: where it is and what was expected there.</summary>
/// <param name="Place">File, line and column.</param>
/// <param name="Message">What was expected and what was found, e.g. "expected a concentration of zero or more, found '-3'".</param>
public sealed record AirFileError(FilePlace Place, Words Message)
{
    /// <summary>The problem as every output shows it.</summary>
    public Problem ToProblem() => new(Message, Place.ToPlace());

    /// <summary>"F, line L, column C: message" in the reader's language, the line the command prints.</summary>
    public override string ToString() => ToProblem().ToString();
}
