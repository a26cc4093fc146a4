using Luoshi.Domain.Lifecycle;

namespace Luoshi.Storage.Lifecycle;

/// <summary>An item the office puts under supervision; its number is given in order of its year and source.</summary>
/// <param name="LeadUnit">By name or alias.</param>
public sealed record NewItem(ItemSource Source, int Year, string Title, string SourceDocument, string? Leader, string LeadUnit, DateOnly Due, bool Demo = false);

/// <summary>What the office may change of an item: not its number, source or stage.</summary>
/// <param name="LeadUnit">By name or alias.</param>
public sealed record ItemChange(string Title, string? SourceDocument, string? Leader, string LeadUnit, DateOnly Due);
