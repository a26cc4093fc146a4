namespace Luoshi.Indicators.Air.Annual;

/// <summary>The class of an area for GB 3095 (环境空气功能区): a class-1 area (一类区: nature reserves, scenic areas) is
/// held to the 一级 limits, a class-2 area (二类区: residential, commercial, industrial, rural) to the 二级 limits.</summary>
public enum AreaClass
{
    /// <summary>一类区, 一级浓度限值.</summary>
    One = 1,

    /// <summary>二类区, 二级浓度限值 (urban stations).</summary>
    Two = 2,
}
