namespace Luoshi.Domain.Units;

/// <summary>A unit as one row of a units file gives it, read but not yet checked against the other rows and the
/// ledger; <see cref="Kind"/> is null when the row's kind was wrong.</summary>
/// <param name="Row">The row's line (or sheet row) in its file.</param>
/// <param name="Parent">The code of the unit above it, empty for none.</param>
public sealed record UnitLine(int Row, string Code, string Name, OrgUnitKind? Kind, string Parent, IReadOnlyList<string> Aliases);
