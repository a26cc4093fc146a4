namespace Luoshi.Domain.Standings;

/// <summary>A report section's targets by status.</summary>
public sealed record SectionStatus(string Code, string? Number, string? Title, StatusCounts Counts);
