namespace Luoshi.ReportParsing.Units;

/// <summary>Who carries out a task: the lead unit (牵头单位) and supporting units (配合单位).</summary>
/// <param name="Suggested">True when taken from the keyword table rather than named in the report.</param>
public sealed record UnitAssignment(string? Lead, IReadOnlyList<string> Supporting, bool Suggested)
{
    /// <summary>No unit named and none suggested.</summary>
    public static readonly UnitAssignment None = new(null, [], Suggested: false);
}
