using System.Globalization;
using System.Text;

namespace Luoshi.Cli.Demo;

/// <summary>A few hundred households of the demo villages in the return-to-poverty register (演示数据), with synthetic
/// names and identity numbers that pass GB 11643-1999's check: most above the income line, some identified and
/// helped, one flagged too long ago, one identified without help yet, and one under the line that nobody has
/// identified — the case that turns the bottom line red. Each household has 2 to 6 people (the head, a spouse, children,
/// parents), and each household under assistance (帮扶中) has the measures that fit its risks.</summary>
internal static class DemoHouseholds
{
    /// <summary>The monitoring income line of the plan year (yuan per person), set by the office.</summary>
    public const decimal IncomeLine = 6500m;

    /// <summary>The sample city's administrative division code (GB/T 2260), the first six digits of its people's numbers.</summary>
    private const string AddressCode = "441284";

    private static readonly string[] Families = ["陈", "李", "黄", "梁", "何", "冯", "邓", "罗", "苏", "莫", "谭", "区", "植", "江", "叶", "吴"];

    private static readonly string[] Given = ["伟", "强", "秀英", "桂芳", "志明", "国华", "丽珍", "建新", "少芬", "永康", "金好", "润生", "玉兰", "家豪"];

    public const string Header = "household,village,head,id_number,year,income,members,risks,source,hardship_on,flagged_on,identified_on,assisted_on,eliminated_on";

    private static readonly string[] Wives = ["秀英", "桂芳", "丽珍", "少芬", "玉兰", "金好", "美玲", "惠娟", "月娥", "翠屏"];

    private static readonly string[] Children = ["俊杰", "嘉欣", "子轩", "梓涵", "浩然", "晓彤", "志豪", "雅婷", "家乐", "诗琪"];

    /// <summary>A household under assistance (帮扶中): its number, the day help began and its risks.</summary>
    public sealed record Assisted(string Number, DateOnly On, string Risks);

    /// <summary>The register, and in <paramref name="assisted"/> the households it leaves under assistance.</summary>
    public static string Csv(IReadOnlyList<DemoVillages.Village> villages, int year, DateOnly day, int count, Random random, List<Assisted> assisted)
    {
        var csv = new StringBuilder(Header).Append('\n');
        var open = villages.Where(v => !v.Community).ToList();
        for (var i = 0; i < count; i++)
        {
            var village = open[random.Next(open.Count)];
            var family = Families[random.Next(Families.Length)];
            var head = family + Given[random.Next(Given.Length)];
            var born = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 50));
            var id = IdentityNumber(born, i);
            var members = Members(family, born, i, random);
            var income = 7000 + (random.NextDouble() * random.NextDouble() * 30000);
            var dates = ",,,,,,";
            var (flagged, identified, assist) = (day.AddDays(-random.Next(60, 200)), day.AddDays(-random.Next(30, 55)), day.AddDays(-random.Next(5, 28)));
            switch (i % 40)
            {
                case 0: // under the line, identified and helped (帮扶中)
                    income = 4200 + (random.NextDouble() * 2000);
                    dates = $"因病|因学,visit,,{flagged:yyyy-MM-dd},{identified:yyyy-MM-dd},{assist:yyyy-MM-dd},";
                    assisted.Add(new($"DEMO-H{i + 1:0000}", assist, "因病|因学"));
                    break;
                case 1 when i < 80: // helped last winter, income back above the line: risk eliminated
                    dates = $"因灾,application,,{flagged.AddDays(-120):yyyy-MM-dd},{identified.AddDays(-120):yyyy-MM-dd},{assist.AddDays(-120):yyyy-MM-dd},{day.AddDays(-30):yyyy-MM-dd}";
                    break;
            }

            csv.Append(CultureInfo.InvariantCulture, $"DEMO-H{i + 1:0000},{village.Code},{head},{id},{year},{income:0.00},{members},{dates}\n");
        }

        // The three cases the warnings and the bottom line are about, each once.
        var cases = open.Take(3).ToList();
        csv.Append(CultureInfo.InvariantCulture,
            $"DEMO-H9001,{cases[0].Code},欧阳秀明,{IdentityNumber(new DateOnly(1962, 5, 17), 901)},{year},8800.00,{Members("欧阳", new DateOnly(1962, 5, 17), 901, random)},因意外,,{day.AddDays(-40):yyyy-MM-dd},,,,\n");
        csv.Append(CultureInfo.InvariantCulture,
            $"DEMO-H9002,{cases[1].Code},谭志坚,{IdentityNumber(new DateOnly(1971, 9, 3), 902)},{year},9100.00,{Members("谭", new DateOnly(1971, 9, 3), 902, random)},因病,department,,{day.AddDays(-35):yyyy-MM-dd},{day.AddDays(-20):yyyy-MM-dd},,\n");
        assisted.Add(new("DEMO-H9002", day.AddDays(-20), "因病"));
        csv.Append(CultureInfo.InvariantCulture,
            $"DEMO-H9003,{cases[2].Code},莫润娣,{IdentityNumber(new DateOnly(1958, 12, 24), 903)},{year},5200.00,{Members("莫", new DateOnly(1958, 12, 24), 903, random)},,,,,,,\n");
        return csv.ToString();
    }

    /// <summary>The measures of a household under assistance, by its risks: what a 帮扶责任人 would arrange in the first
    /// weeks (each a sentence the household page lists).</summary>
    public static IEnumerable<(int AfterDays, string Kind, string Text)> Measures(string risks, int number)
    {
        if (risks.Contains("因病", StringComparison.Ordinal))
        {
            yield return (0, "医疗保障", "演示数据：落实医疗救助和大病保险，家庭医生签约服务");
        }

        if (risks.Contains("因学", StringComparison.Ordinal))
        {
            yield return (3, "教育资助", "演示数据：子女就读落实助学金和免学费");
        }

        yield return number % 2 == 0
            ? (7, "就业帮扶", "演示数据：推荐家庭劳动力到镇内企业务工，月收入约 3000 元")
            : (7, "产业帮扶", "演示数据：发放种养补助 3000 元，扶持发展家禽养殖");
    }

    // The other people of a household of 2 to 6 (most of 3 or 4): a spouse, children, sometimes a parent. Each has
    // a birth day of their own, so with the household's sequence number every identity number is unique.
    private static string Members(string family, DateOnly headBorn, int sequence, Random random)
    {
        var size = random.Next(100) switch { < 15 => 2, < 45 => 3, < 75 => 4, < 90 => 5, _ => 6 };
        var people = new List<string>();
        var spouseBorn = headBorn.AddDays(random.Next(-900, 900));
        people.Add($"{Families[random.Next(Families.Length)]}{Wives[random.Next(Wives.Length)]}/{IdentityNumber(spouseBorn, sequence)}/配偶");
        var children = Math.Min(size - 2, 3);
        for (var c = 0; c < children; c++)
        {
            var born = headBorn.AddYears(24 + (c * 3)).AddDays(random.Next(0, 300));
            people.Add($"{family}{Children[random.Next(Children.Length)]}/{IdentityNumber(born, sequence)}/子女");
        }

        if (people.Count + 1 < size)
        {
            people.Add($"{family}{Given[random.Next(Given.Length)]}/{IdentityNumber(headBorn.AddYears(-27).AddDays(random.Next(0, 200)), sequence)}/父母");
        }

        return string.Join(';', people.Take(size - 1));
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
