using Luoshi.Domain.Units;

namespace Luoshi.Storage.Units;

/// <summary>One line of a units file, read but not yet checked against the others and the ledger.</summary>
internal sealed record UnitRow(int Line, string Code, string Name, OrgUnitKind? Kind, string Parent, List<string> Aliases);
