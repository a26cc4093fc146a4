using System.Globalization;
using System.Text;
using Luoshi.Domain.Units;

namespace Luoshi.Cli.Demo;

/// <summary>The village registers of the demo (演示数据): synthetic villages under the ledger's towns and subdistricts,
/// a 美丽宜居村 standard, this year's and last year's assessments, sewage findings and collective income. Each file is
/// written as an office would fill it in, so the demo goes through the same imports.</summary>
internal static class DemoVillages
{
    public const string Standard = "美丽宜居村（演示）";

    public const decimal IncomeLine = 10m;

    /// <summary>One generated village.</summary>
    public sealed record Village(string Code, string Name, string Town, int Households, bool Community);

    private static readonly string[] First = ["东", "西", "南", "北", "上", "下", "新", "大", "石", "龙", "黄", "白", "青", "河", "塘", "沙"];

    private static readonly string[] Second = ["坑", "岗", "岭", "田", "围", "洞", "头", "湾", "坪", "埔"];

    public static List<Village> Generate(IEnumerable<OrgUnit> towns, Random random)
    {
        var villages = new List<Village>();
        foreach (var town in towns)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var count = town.Kind == OrgUnitKind.Subdistrict ? random.Next(3, 6) : random.Next(10, 17);
            while (names.Count < count)
            {
                names.Add(First[random.Next(First.Length)] + Second[random.Next(Second.Length)] + "村");
            }

            villages.AddRange(names.Select((name, i) => new Village(
                $"{town.Code}-V{i + 1:00}", name, town.Code, random.Next(120, 900), Community: false)));
            // Subdistricts also have a community (社区): kept in the register, not counted among administrative villages.
            if (town.Kind == OrgUnitKind.Subdistrict)
            {
                villages.Add(new Village($"{town.Code}-C01", town.Name.Replace("街道", "社区", StringComparison.Ordinal), town.Code, random.Next(800, 2000), Community: true));
            }
        }

        return villages;
    }

    public static string RegisterCsv(IEnumerable<Village> villages)
    {
        var csv = new StringBuilder("code,name,town,households,population,type\n");
        foreach (var v in villages)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{v.Code},{v.Name},{v.Town},{v.Households},{v.Households * 3},{(v.Community ? "社区" : "行政村")}\n");
        }

        return csv.ToString();
    }

    /// <summary>Four criteria and three tiers, lowest first (docs/villages.md, the worked example's shape).</summary>
    public static string StandardCsv() =>
        """
        section,code,name,kind,weight,evidence,min_score,requires
        criterion,C01,村容村貌整洁,score,40,no,,
        criterion,C02,生活污水有效治理,pass,20,no,,
        criterion,C03,卫生户厕普及,score,30,no,,
        criterion,C04,无违法建设,pass,10,no,,
        tier,,干净整洁村,,,,60,C04
        tier,,美丽宜居村,,,,75,C02
        tier,,特色精品村,,,,90,

        """;

    /// <summary>About half the villages were assessed by the demo day, some last year, some this year; most of them
    /// reach 美丽宜居村, so the share is near, not at, the year's goal.</summary>
    public static string AssessmentsCsv(IEnumerable<Village> villages, int year, DateOnly day, Random random)
    {
        var csv = new StringBuilder("village,year,criterion,result,evidence,assessed_on\n");
        foreach (var v in villages.Where(v => !v.Community))
        {
            var lastYear = random.NextDouble() < 0.25;
            if (!lastYear && random.NextDouble() < 0.35)
            {
                continue; // not assessed yet
            }

            var assessedYear = lastYear ? year - 1 : year;
            var on = lastYear ? new DateOnly(year - 1, 12, 1).AddDays(random.Next(0, 20)) : new DateOnly(year, 3, 1).AddDays(random.Next(0, day.DayNumber - new DateOnly(year, 3, 1).DayNumber));
            var quality = random.NextDouble();
            string[] results =
            [
                ((int)(24 + (quality * 16))).ToString(CultureInfo.InvariantCulture),
                quality > 0.2 ? "达标" : "不达标",
                ((int)(16 + (quality * 14))).ToString(CultureInfo.InvariantCulture),
                random.NextDouble() < 0.93 ? "达标" : "不达标",
            ];
            for (var c = 0; c < results.Length; c++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{v.Code},{assessedYear},C0{c + 1},{results[c]},演示数据,{on:yyyy-MM-dd}\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>Nine in ten villages have an integrated facility, most of them running: 全覆盖 is not reached yet.</summary>
    public static string SewageCsv(IEnumerable<Village> villages, int year, Random random)
    {
        var csv = new StringBuilder("village,as_of,facility,operating,note\n");
        foreach (var v in villages.Where(v => !v.Community))
        {
            var facility = random.NextDouble() < 0.9;
            var operating = facility && random.NextDouble() < 0.88;
            csv.Append(CultureInfo.InvariantCulture,
                $"{v.Code},{new DateOnly(year, 1, 5).AddDays(random.Next(0, 150)):yyyy-MM-dd},{Yes(facility)},{Yes(operating)},演示数据\n");
        }

        return csv.ToString();
    }

    /// <summary>Last year's and this year's collective operating income (万元): most villages grow, a few fall below the line.</summary>
    public static string IncomeCsv(IEnumerable<Village> villages, int year, Random random)
    {
        var csv = new StringBuilder("village,year,income\n");
        foreach (var v in villages.Where(v => !v.Community))
        {
            var last = Math.Round(8 + (random.NextDouble() * random.NextDouble() * 60), 2);
            var now = Math.Round(last * (0.92 + (random.NextDouble() * 0.22)), 2);
            csv.Append(CultureInfo.InvariantCulture, $"{v.Code},{year - 1},{last}\n{v.Code},{year},{now}\n");
        }

        return csv.ToString();
    }

    private static string Yes(bool value) => value ? "是" : "否";
}
