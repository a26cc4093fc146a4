namespace Luoshi.Indicators.Water;

/// <summary>The 24 basic items of GB 3838-2002 Table 1 (表1 地表水环境质量标准基本项目), in the table's order.</summary>
/// <remarks>The order is the table's, so lists of items (deciding items, exceeding items) come out in it.</remarks>
public enum WaterItem
{
    /// <summary>水温, °C: the table limits man-made change only, so it has no class.</summary>
    WaterTemp = 1,

    /// <summary>pH值, dimensionless: 6–9 in every class.</summary>
    Ph,

    /// <summary>溶解氧 DO, mg/L: a lower limit (≥).</summary>
    Do,

    /// <summary>高锰酸盐指数 CODMn, mg/L.</summary>
    CodMn,

    /// <summary>化学需氧量 COD, mg/L.</summary>
    Cod,

    /// <summary>五日生化需氧量 BOD5, mg/L.</summary>
    Bod5,

    /// <summary>氨氮 NH3-N, mg/L.</summary>
    Nh3N,

    /// <summary>总磷（以P计）TP, mg/L: lakes and reservoirs have their own, lower limits.</summary>
    Tp,

    /// <summary>总氮（湖、库，以N计）TN, mg/L: classed for lakes and reservoirs only.</summary>
    Tn,

    /// <summary>铜 Cu, mg/L.</summary>
    Cu,

    /// <summary>锌 Zn, mg/L.</summary>
    Zn,

    /// <summary>氟化物（以F⁻计）, mg/L.</summary>
    Fluoride,

    /// <summary>硒 Se, mg/L.</summary>
    Se,

    /// <summary>砷 As, mg/L.</summary>
    As,

    /// <summary>汞 Hg, mg/L.</summary>
    Hg,

    /// <summary>镉 Cd, mg/L.</summary>
    Cd,

    /// <summary>铬（六价）Cr(VI), mg/L.</summary>
    Cr6,

    /// <summary>铅 Pb, mg/L.</summary>
    Pb,

    /// <summary>氰化物 CN, mg/L.</summary>
    Cyanide,

    /// <summary>挥发酚, mg/L.</summary>
    Phenol,

    /// <summary>石油类, mg/L.</summary>
    Oil,

    /// <summary>阴离子表面活性剂 LAS, mg/L.</summary>
    Las,

    /// <summary>硫化物, mg/L.</summary>
    Sulfide,

    /// <summary>粪大肠菌群, 个/L.</summary>
    FecalColiform,
}
