namespace Luoshi.Domain.Households;

/// <summary>A member of a household other than its head.</summary>
/// <param name="Relation">The relation to the head as the register writes it (配偶, 子女, 父母…).</param>
public sealed record HouseholdMember(string Name, string IdNumber, string Relation);
