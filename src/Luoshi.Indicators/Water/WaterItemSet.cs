namespace Luoshi.Indicators.Water;

/// <summary>Which items a single-factor evaluation takes.</summary>
public enum WaterItemSet
{
    /// <summary>The 21 items of official section evaluation (《地表水环境质量评价办法（试行）》, 2011): Table 1 without
    /// water temperature, total nitrogen and fecal coliform. Total nitrogen of a lake or reservoir is judged apart.</summary>
    Official = 1,

    /// <summary>Every Table 1 item that has a class in the kind of water: the 21, fecal coliform, and total nitrogen
    /// for lakes and reservoirs.</summary>
    Table1,
}
