namespace Luoshi.Storage.Households.Import;

/// <summary>The columns of a household file: the first six required, the others optional (an absent column reads
/// as empty in every row).</summary>
internal static class HouseholdColumns
{
    public static readonly string[] Names =
    [
        "household", "village", "head", "id_number", "year", "income",
        "members", "risks", "source", "hardship_on", "flagged_on", "identified_on", "assisted_on", "eliminated_on",
    ];

    public const int RequiredCount = 6;

    // Indexes into Names.
    public const int Household = 0, Village = 1, Head = 2, IdNumber = 3, Year = 4, Income = 5, Members = 6, Risks = 7,
        Source = 8, HardshipOn = 9, FlaggedOn = 10, IdentifiedOn = 11, AssistedOn = 12, EliminatedOn = 13;

    public static IReadOnlyList<string> Required => Names[..RequiredCount];
}
