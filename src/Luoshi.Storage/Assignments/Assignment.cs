namespace Luoshi.Storage;

/// <summary>A change to who does a task and by when; a null field leaves that part as it is.</summary>
/// <param name="SupportingUnits">The full new list of supporting units (empty clears it), or null to keep it.</param>
public sealed record Assignment(string? LeadUnit, IReadOnlyList<string>? SupportingUnits, string? Leader, DateOnly? Deadline);
