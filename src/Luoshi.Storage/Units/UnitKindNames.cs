using Luoshi.Domain.Units;

namespace Luoshi.Storage.Units;

/// <summary>The words a units file may use for a kind, in English or Chinese.</summary>
internal static class UnitKindNames
{
    public static OrgUnitKind? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "city" or "市" => OrgUnitKind.City,
        "department" or "部门" => OrgUnitKind.Department,
        "town" or "镇" => OrgUnitKind.Town,
        "subdistrict" or "街道" => OrgUnitKind.Subdistrict,
        "village" or "村" => OrgUnitKind.Village,
        _ => null,
    };

    public static string Name(OrgUnitKind kind) => kind.ToString().ToLowerInvariant();
}
