using Luoshi.Bench.Ledger;

namespace Luoshi.Bench.Web;

/// <summary>The units of the web benchmark's city: 70 departments and 30 subdistricts and towns, all under the city
/// itself. The hundred of them lead the tasks; the city is the parent row only.</summary>
internal static class CityUnits
{
    /// <summary>The city's name, also the region of its plans. Marked as generated, like the plans' source text.</summary>
    public const string City = "基准市";

    private const string CityCode = "C";
    private const int DepartmentCount = 70;

    private static readonly string[] Subdistricts =
        ["东城街道", "西城街道", "南城街道", "北城街道", "城中街道", "江滨街道", "河西街道", "新华街道", "文昌街道", "龙山街道"];

    private static readonly string[] Towns =
    [
        "大沙镇", "石岭镇", "黄田镇", "江谷镇", "地豆镇", "威整镇", "罗源镇", "迳口镇", "白沙镇", "青塘镇",
        "马安镇", "桥头镇", "新圩镇", "太平镇", "永安镇", "平山镇", "云岭镇", "长岗镇", "凤凰镇", "金溪镇",
    ];

    /// <summary>Every line of the units file: the city first, then its departments, subdistricts and towns.</summary>
    public static IEnumerable<UnitLine> Lines() =>
        new[] { new UnitLine(CityCode, City, "city", "") }
            .Concat(Departments.Lines(DepartmentCount, CityCode))
            .Concat(Subdistricts.Select((name, i) => new UnitLine($"S{i + 1:00}", name, "subdistrict", CityCode)))
            .Concat(Towns.Select((name, i) => new UnitLine($"T{i + 1:00}", name, "town", CityCode)));

    /// <summary>The hundred units that lead tasks: every unit but the city.</summary>
    public static IReadOnlyList<string> LeadUnits { get; } = [.. Lines().Where(u => u.Kind != "city").Select(u => u.Name)];
}
