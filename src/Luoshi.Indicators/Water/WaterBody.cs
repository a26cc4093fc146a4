namespace Luoshi.Indicators.Water;

/// <summary>The kind of water a section lies in; Table 1 sets lower total-phosphorus limits for lakes and reservoirs
/// and classes total nitrogen only there.</summary>
public enum WaterBody
{
    /// <summary>河流.</summary>
    River = 1,

    /// <summary>湖、库: a lake or a reservoir.</summary>
    Lake,
}
