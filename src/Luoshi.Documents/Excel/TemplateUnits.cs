using Luoshi.Domain.Units;

namespace Luoshi.Documents.Excel;

/// <summary>A unit as a person types it (全称 or an alias such as 人社局): its full name first, then its aliases, since
/// a task may still carry the parser's short name. Export and import read the name the same way.</summary>
internal static class TemplateUnits
{
    public static List<string> NamesOf(IReadOnlyList<OrgUnit> units, string given)
    {
        var unit = units.FirstOrDefault(u => u.Name == given.Trim() || u.Aliases.Contains(given.Trim()));
        return unit is null ? [given.Trim()] : [unit.Name, .. unit.Aliases];
    }
}
