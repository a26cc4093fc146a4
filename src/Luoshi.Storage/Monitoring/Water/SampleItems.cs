using System.Text.Json;
using Luoshi.Indicators.Water;

namespace Luoshi.Storage.Monitoring.Water;

/// <summary>A sample's measured items as the stored JSON (<c>{"ph":7.4,"nh3n":0.52}</c>, Table 1 order, stable codes)
/// and back.</summary>
internal static class SampleItems
{
    public static string ToJson(IReadOnlyDictionary<WaterItem, decimal> values) => JsonSerializer.Serialize(ByCode(values));

    /// <summary>The items by their stable codes, in Table 1 order.</summary>
    public static Dictionary<string, decimal> ByCode(IReadOnlyDictionary<WaterItem, decimal> values) =>
        values.OrderBy(v => v.Key).ToDictionary(v => WaterItemCodes.Of(v.Key), v => v.Value);

    public static Dictionary<WaterItem, decimal> FromJson(string json)
    {
        var values = new Dictionary<WaterItem, decimal>();
        foreach (var (code, value) in JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? [])
        {
            // Codes are written by ToJson only; one not known any more is a bug, not a user's mistake.
            values.Add(WaterItemCodes.TryParse(code, out var item) ? item : throw new InvalidDataException($"unknown item code '{code}' in a stored sample"), value);
        }

        return values;
    }

    /// <summary>Same items with equal values (0.50 equals 0.5).</summary>
    public static bool Same(IReadOnlyDictionary<WaterItem, decimal> a, IReadOnlyDictionary<WaterItem, decimal> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
