namespace Luoshi.Indicators.Water;

/// <summary>The stable item codes of files and outputs (<c>ph</c>, <c>do</c>, <c>codmn</c>, … <c>water_temp</c>).</summary>
/// <remarks>Scripts and stored files depend on these codes: change none of them.</remarks>
public static class WaterItemCodes
{
    // Headers are typed by people (pH, DO, COD), so codes are matched regardless of case.
    private static readonly Dictionary<string, WaterItem> _byCode =
        SurfaceWaterTable.Rows.ToDictionary(r => r.Code, r => r.Item, StringComparer.OrdinalIgnoreCase);

    /// <summary>The code of an item.</summary>
    public static string Of(WaterItem item) => SurfaceWaterTable.Of(item).Code;

    /// <summary>The item a code names, ignoring case; false for an unknown code.</summary>
    public static bool TryParse(string code, out WaterItem item) => _byCode.TryGetValue(code, out item);

    /// <summary>All codes in Table 1 order, for messages that list what is accepted.</summary>
    public static IReadOnlyList<string> All { get; } = [.. SurfaceWaterTable.Rows.Select(r => r.Code)];
}
