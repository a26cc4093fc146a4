namespace Luoshi.Indicators.Air;

/// <summary>空气质量指数级别 of HJ 633-2012 Table 2, 一级 to 六级.</summary>
public enum AqiLevel
{
    /// <summary>一级, AQI 0–50, 优.</summary>
    One = 1,

    /// <summary>二级, AQI 51–100, 良.</summary>
    Two,

    /// <summary>三级, AQI 101–150, 轻度污染.</summary>
    Three,

    /// <summary>四级, AQI 151–200, 中度污染.</summary>
    Four,

    /// <summary>五级, AQI 201–300, 重度污染.</summary>
    Five,

    /// <summary>六级, AQI above 300, 严重污染.</summary>
    Six,
}
