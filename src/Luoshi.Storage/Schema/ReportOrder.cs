namespace Luoshi.Storage.Schema;

/// <summary>The shadow column that keeps sections, tasks and targets in report order: ids follow insertion, and a
/// replaced plan adds new tasks after the old ones, while codes (T2, T10) do not sort as text.</summary>
internal static class ReportOrder
{
    public const string Column = "Ordinal";
}
