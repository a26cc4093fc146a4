namespace Luoshi.Domain.Units;

/// <summary>A department or an area unit that can lead or support tasks and report progress.</summary>
public sealed class OrgUnit
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>A short stable code (e.g. the unified social credit code or an office's own code), unique.</summary>
    public required string Code { get; set; }

    /// <summary>The full name as the ledger shows it (四会市人力资源和社会保障局), unique.</summary>
    public required string Name { get; set; }

    /// <summary>What the unit is.</summary>
    public OrgUnitKind Kind { get; set; }

    /// <summary>The code of the unit above it (a village's town), or null for the city.</summary>
    public string? ParentCode { get; set; }

    /// <summary>Other names the report may use for it (人社局), matched when assigning parsed units.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>The kinds of parent each kind may have; a department or town sits under the city.</summary>
    public static bool MayBeUnder(OrgUnitKind child, OrgUnitKind parent) => (child, parent) switch
    {
        (OrgUnitKind.Department or OrgUnitKind.Town or OrgUnitKind.Subdistrict, OrgUnitKind.City) => true,
        (OrgUnitKind.Village, OrgUnitKind.Town or OrgUnitKind.Subdistrict) => true,
        _ => false,
    };
}
