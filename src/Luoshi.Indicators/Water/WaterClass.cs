namespace Luoshi.Indicators.Water;

/// <summary>A water-quality class of GB 3838-2002 (clause 3), best first, so that a larger value is a worse class.</summary>
public enum WaterClass
{
    /// <summary>Ⅰ类.</summary>
    I = 1,

    /// <summary>Ⅱ类.</summary>
    II,

    /// <summary>Ⅲ类.</summary>
    III,

    /// <summary>Ⅳ类.</summary>
    IV,

    /// <summary>Ⅴ类.</summary>
    V,

    /// <summary>劣Ⅴ类: worse than the class Ⅴ limit of at least one item.</summary>
    WorseThanV,
}
