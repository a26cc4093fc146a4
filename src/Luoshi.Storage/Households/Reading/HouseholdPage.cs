namespace Luoshi.Storage.Households.Reading;

/// <summary>One page of a household list and how many households match in all.</summary>
public sealed record HouseholdPage(IReadOnlyList<HouseholdListItem> Items, int Total, int Page, int PageSize)
{
    /// <summary>How many pages the matches fill.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
