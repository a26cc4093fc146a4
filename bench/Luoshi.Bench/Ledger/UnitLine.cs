namespace Luoshi.Bench.Ledger;

/// <summary>One line of a units file: code, name, kind (department, town, subdistrict, city) and the parent's code
/// (empty for none).</summary>
internal sealed record UnitLine(string Code, string Name, string Kind, string Parent);
