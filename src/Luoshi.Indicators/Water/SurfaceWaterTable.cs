namespace Luoshi.Indicators.Water;

/// <summary>GB 3838-2002 Table 1 (表1 地表水环境质量标准基本项目标准限值), in the table's order.</summary>
/// <remarks>Decimal limits, so a laboratory figure such as 0.00005 mg/L mercury compares exactly.</remarks>
public static class SurfaceWaterTable
{
    private const string MgPerLitre = "mg/L";

    /// <summary>The 24 rows, 水温 first; <see cref="WaterItem"/> values index them from 1.</summary>
    public static IReadOnlyList<WaterItemStandard> Rows { get; } =
    [
        // Table 1 item 1: 人为造成的环境水温变化应限制在周平均最大温升≤1、周平均最大温降≤2 — a limit on change, not a class.
        new(WaterItem.WaterTemp, "water_temp", "水温", "°C", []),
        new(WaterItem.Ph, "ph", "pH值", "", Range(6m, 9m)),
        // Class Ⅰ is 饱和率90%（或7.5）: saturation needs temperature and pressure, so the mg/L figure is used.
        new(WaterItem.Do, "do", "溶解氧", MgPerLitre, AtLeast(7.5m, 6m, 5m, 3m, 2m)),
        new(WaterItem.CodMn, "codmn", "高锰酸盐指数", MgPerLitre, AtMost(2m, 4m, 6m, 10m, 15m)),
        new(WaterItem.Cod, "cod", "化学需氧量（COD）", MgPerLitre, AtMost(15m, 15m, 20m, 30m, 40m)),
        new(WaterItem.Bod5, "bod5", "五日生化需氧量（BOD5）", MgPerLitre, AtMost(3m, 3m, 4m, 6m, 10m)),
        new(WaterItem.Nh3N, "nh3n", "氨氮（NH3-N）", MgPerLitre, AtMost(0.15m, 0.5m, 1.0m, 1.5m, 2.0m)),
        new(WaterItem.Tp, "tp", "总磷（以P计）", MgPerLitre, AtMost(0.02m, 0.1m, 0.2m, 0.3m, 0.4m),
            LakeLimits: AtMost(0.01m, 0.025m, 0.05m, 0.1m, 0.2m)),
        new(WaterItem.Tn, "tn", "总氮（湖、库，以N计）", MgPerLitre, AtMost(0.2m, 0.5m, 1.0m, 1.5m, 2.0m), LakesOnly: true),
        new(WaterItem.Cu, "cu", "铜", MgPerLitre, AtMost(0.01m, 1.0m, 1.0m, 1.0m, 1.0m)),
        new(WaterItem.Zn, "zn", "锌", MgPerLitre, AtMost(0.05m, 1.0m, 1.0m, 2.0m, 2.0m)),
        new(WaterItem.Fluoride, "f", "氟化物（以F⁻计）", MgPerLitre, AtMost(1.0m, 1.0m, 1.0m, 1.5m, 1.5m)),
        new(WaterItem.Se, "se", "硒", MgPerLitre, AtMost(0.01m, 0.01m, 0.01m, 0.02m, 0.02m)),
        new(WaterItem.As, "as", "砷", MgPerLitre, AtMost(0.05m, 0.05m, 0.05m, 0.1m, 0.1m)),
        new(WaterItem.Hg, "hg", "汞", MgPerLitre, AtMost(0.00005m, 0.00005m, 0.0001m, 0.001m, 0.001m)),
        new(WaterItem.Cd, "cd", "镉", MgPerLitre, AtMost(0.001m, 0.005m, 0.005m, 0.005m, 0.01m)),
        new(WaterItem.Cr6, "cr6", "铬（六价）", MgPerLitre, AtMost(0.01m, 0.05m, 0.05m, 0.05m, 0.1m)),
        new(WaterItem.Pb, "pb", "铅", MgPerLitre, AtMost(0.01m, 0.01m, 0.05m, 0.05m, 0.1m)),
        new(WaterItem.Cyanide, "cn", "氰化物", MgPerLitre, AtMost(0.005m, 0.05m, 0.2m, 0.2m, 0.2m)),
        new(WaterItem.Phenol, "phenol", "挥发酚", MgPerLitre, AtMost(0.002m, 0.002m, 0.005m, 0.01m, 0.1m)),
        new(WaterItem.Oil, "oil", "石油类", MgPerLitre, AtMost(0.05m, 0.05m, 0.05m, 0.5m, 1.0m)),
        new(WaterItem.Las, "las", "阴离子表面活性剂", MgPerLitre, AtMost(0.2m, 0.2m, 0.2m, 0.3m, 0.3m)),
        new(WaterItem.Sulfide, "sulfide", "硫化物", MgPerLitre, AtMost(0.05m, 0.1m, 0.2m, 0.5m, 1.0m)),
        new(WaterItem.FecalColiform, "fecal_coliform", "粪大肠菌群", "个/L", AtMost(200m, 2000m, 10000m, 20000m, 40000m)),
    ];

    /// <summary>The row of an item.</summary>
    public static WaterItemStandard Of(WaterItem item) => Rows[(int)item - 1];

    private static ClassLimit[] AtMost(params decimal[] upper) => [.. upper.Select(u => new ClassLimit(null, u))];

    private static ClassLimit[] AtLeast(params decimal[] lower) => [.. lower.Select(l => new ClassLimit(l, null))];

    private static ClassLimit[] Range(decimal lower, decimal upper) => [.. Enumerable.Repeat(new ClassLimit(lower, upper), 5)];
}
