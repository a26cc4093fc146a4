using Luoshi.Domain.Wording;

namespace Luoshi.Monitoring.Water;

/// <summary>What is wrong in a water file, and where: the place (file, line, column) when there is one, else the file.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Place">The line and column, or null for a problem with the whole file (missing, not UTF-8, empty).</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record WaterFileError(string File, FilePlace? Place, Words Message)
{
    /// <summary>The problem as every output shows it.</summary>
    public Problem ToProblem() => new(Message, Place?.ToPlace() ?? Luoshi.Domain.Wording.Place.OfFile(File));

    /// <summary>"file, line L, column C: message" in the reader's language — one line, as the command prints it.</summary>
    public override string ToString() => ToProblem().ToString();
}
