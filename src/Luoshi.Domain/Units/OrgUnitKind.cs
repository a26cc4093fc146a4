namespace Luoshi.Domain.Units;

/// <summary>What an organisational unit is; the hierarchy runs city → town/subdistrict → administrative village.</summary>
public enum OrgUnitKind
{
    /// <summary>The city or county government itself (市、县).</summary>
    City,

    /// <summary>A government department (市财政局), child of the city.</summary>
    Department,

    /// <summary>A town (镇、乡), child of the city.</summary>
    Town,

    /// <summary>A subdistrict (街道), child of the city.</summary>
    Subdistrict,

    /// <summary>An administrative village or community (行政村、社区), child of a town or subdistrict.</summary>
    Village,
}
