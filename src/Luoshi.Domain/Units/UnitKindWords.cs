using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Units;

/// <summary>The words a file, a command or a form may use for a kind of unit, in English or Chinese.</summary>
public static class UnitKindWords
{
    /// <summary>What a kind cell may hold.</summary>
    public static Words Expected { get; } = new("市、部门、镇、街道或村（city, department, town, subdistrict, village）",
        "city, department, town, subdistrict or village (市、部门、镇、街道、村)");

    /// <summary>The kind <paramref name="text"/> names, or null.</summary>
    public static OrgUnitKind? Parse(string text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "city" or "市" => OrgUnitKind.City,
        "department" or "部门" => OrgUnitKind.Department,
        "town" or "镇" => OrgUnitKind.Town,
        "subdistrict" or "街道" => OrgUnitKind.Subdistrict,
        "village" or "村" => OrgUnitKind.Village,
        _ => null,
    };

    /// <summary>市 / city…</summary>
    public static Words Name(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.City => new("市", "city"),
        OrgUnitKind.Department => new("部门", "department"),
        OrgUnitKind.Town => new("镇", "town"),
        OrgUnitKind.Subdistrict => new("街道", "subdistrict"),
        _ => new("村", "village"),
    };
}
