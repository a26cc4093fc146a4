namespace Luoshi.Domain.Monitoring;

/// <summary>A monitoring site (an air station, a water section) as one row of a register file gives it: its code and
/// the named sets it belongs to.</summary>
/// <param name="Row">The row's line (or sheet row) in its file.</param>
public sealed record SiteLine(int Row, string Code, IReadOnlyList<string> Sets);
