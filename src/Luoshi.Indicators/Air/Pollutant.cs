namespace Luoshi.Indicators.Air;

/// <summary>The six pollutants of HJ 633-2012 Table 1, in the table's order.</summary>
public enum Pollutant
{
    /// <summary>二氧化硫 SO2, µg/m³.</summary>
    So2 = 1,

    /// <summary>二氧化氮 NO2, µg/m³.</summary>
    No2,

    /// <summary>颗粒物（粒径小于等于10µm）PM10, µg/m³.</summary>
    Pm10,

    /// <summary>一氧化碳 CO, mg/m³ (the only one not in µg/m³).</summary>
    Co,

    /// <summary>臭氧 O3, µg/m³.</summary>
    O3,

    /// <summary>颗粒物（粒径小于等于2.5µm）PM2.5, µg/m³.</summary>
    Pm25,
}
