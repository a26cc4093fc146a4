using System.Globalization;
using System.Text;

namespace Luoshi.Cli.Demo;

/// <summary>A few hundred households of the demo villages in the return-to-poverty register (演示数据), with synthetic
/// names and identity numbers that pass GB 11643-1999's check: most above the income line, some identified and
/// helped, one flagged too long ago, one identified without help yet, and one under the line that nobody has
/// identified — the case that turns the bottom line red.</summary>
internal static class DemoHouseholds
{
    /// <summary>The monitoring income line of the plan year (yuan per person), set by the office.</summary>
    public const decimal IncomeLine = 6500m;

    /// <summary>The sample city's administrative division code (GB/T 2260), the first six digits of its people's numbers.</summary>
    private const string AddressCode = "441284";

    private static readonly string[] Families = ["陈", "李", "黄", "梁", "何", "冯", "邓", "罗", "苏", "莫", "谭", "区", "植", "江", "叶", "吴"];

    private static readonly string[] Given = ["伟", "强", "秀英", "桂芳", "志明", "国华", "丽珍", "建新", "少芬", "永康", "金好", "润生", "玉兰", "家豪"];

    public const string Header = "household,village,head,id_number,year,income,risks,source,hardship_on,flagged_on,identified_on,assisted_on,eliminated_on";

    public static string Csv(IReadOnlyList<DemoVillages.Village> villages, int year, DateOnly day, int count, Random random)
    {
        var csv = new StringBuilder(Header).Append('\n');
        var open = villages.Where(v => !v.Community).ToList();
        for (var i = 0; i < count; i++)
        {
            var village = open[random.Next(open.Count)];
            var head = Families[random.Next(Families.Length)] + Given[random.Next(Given.Length)];
            var id = IdentityNumber(new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 50)), i);
            var income = 7000 + (random.NextDouble() * random.NextDouble() * 30000);
            var dates = ",,,,,,";
            var (flagged, identified, assisted) = (day.AddDays(-random.Next(60, 200)), day.AddDays(-random.Next(30, 55)), day.AddDays(-random.Next(5, 28)));
            switch (i % 40)
            {
                case 0: // under the line, identified and helped (帮扶中)
                    income = 4200 + (random.NextDouble() * 2000);
                    dates = $"因病|因学,visit,,{flagged:yyyy-MM-dd},{identified:yyyy-MM-dd},{assisted:yyyy-MM-dd},";
                    break;
                case 1 when i < 80: // helped last winter, income back above the line: risk eliminated
                    dates = $"因灾,application,,{flagged.AddDays(-120):yyyy-MM-dd},{identified.AddDays(-120):yyyy-MM-dd},{assisted.AddDays(-120):yyyy-MM-dd},{day.AddDays(-30):yyyy-MM-dd}";
                    break;
            }

            csv.Append(CultureInfo.InvariantCulture, $"DEMO-H{i + 1:0000},{village.Code},{head},{id},{year},{income:0.00},{dates}\n");
        }

        // The three cases the warnings and the bottom line are about, each once.
        var cases = open.Take(3).ToList();
        csv.Append(CultureInfo.InvariantCulture,
            $"DEMO-H9001,{cases[0].Code},欧阳秀明,{IdentityNumber(new DateOnly(1962, 5, 17), 901)},{year},8800.00,因意外,,{day.AddDays(-40):yyyy-MM-dd},,,,\n");
        csv.Append(CultureInfo.InvariantCulture,
            $"DEMO-H9002,{cases[1].Code},谭志坚,{IdentityNumber(new DateOnly(1971, 9, 3), 902)},{year},9100.00,因病,department,,{day.AddDays(-35):yyyy-MM-dd},{day.AddDays(-20):yyyy-MM-dd},,\n");
        csv.Append(CultureInfo.InvariantCulture,
            $"DEMO-H9003,{cases[2].Code},莫润娣,{IdentityNumber(new DateOnly(1958, 12, 24), 903)},{year},5200.00,,,,,,,\n");
        return csv.ToString();
    }

    /// <summary>An 18-character identity number of the sample city (GB 11643-1999): address, birth date, a sequence
    /// number (below 1000) and the ISO 7064 MOD 11-2 check character.</summary>
    public static string IdentityNumber(DateOnly birth, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{AddressCode}{birth:yyyyMMdd}{sequence:000}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
