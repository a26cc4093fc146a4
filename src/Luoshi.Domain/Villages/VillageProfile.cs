namespace Luoshi.Domain.Villages;

/// <summary>The register attributes of an administrative village beyond its place in the hierarchy.</summary>
public sealed class VillageProfile
{
    /// <summary>The village (an org unit of kind village); also the key.</summary>
    public int VillageId { get; set; }

    /// <summary>The village's own name (东升村); the unit's name is qualified by its town, since names repeat.</summary>
    public required string ShortName { get; set; }

    /// <summary>Registered households (户数), when known.</summary>
    public int? Households { get; set; }

    /// <summary>Registered population (户籍人口), when known.</summary>
    public int? Population { get; set; }

    /// <summary>True for a community (社区) kept in the register but not counted among administrative villages.</summary>
    public bool Community { get; set; }
}
