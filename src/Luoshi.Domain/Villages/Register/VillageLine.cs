namespace Luoshi.Domain.Villages.Register;

/// <summary>A village as one row of a village register gives it, read on its own.</summary>
/// <param name="Row">The row's line (or sheet row) in its file.</param>
/// <param name="Town">The code, name or alias of its town or subdistrict, as the file writes it.</param>
/// <param name="Community">True for a community (社区) rather than an administrative village (行政村).</param>
public sealed record VillageLine(int Row, string Code, string Name, string Town, int? Households, int? Population, bool Community);
