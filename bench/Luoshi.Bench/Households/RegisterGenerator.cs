using System.Globalization;
using System.Text;
using Luoshi.Domain.Households;

namespace Luoshi.Bench.Households;

/// <summary>A province-sized register, seeded (the same every run): one region (省) with 200 towns of 100 villages
/// (20,000 villages) and 100 households per village (2,000,000), each with 0–4 members besides the head. The 2022
/// line is 6,000 yuan; 3% of households are under it, and they carry the monitoring dates of a register in use, spread
/// over the year: 2% identified and assisted, 0.3% identified without a measure, 0.5% flagged (most of them late),
/// 0.2% whose risk was declared eliminated while still under the line (flagged again on import). Identity numbers are unique by construction (birth date and sequence code come
/// from the person's index) with the GB 11643 check character.</summary>
internal static class RegisterGenerator
{
    public const int Towns = 200;
    public const int VillagesPerTown = 100;
    public const int HouseholdsPerVillage = 100;

    /// <summary>Households per village of this run (<c>--households N</c> sets N / 20,000; 100 by default).</summary>
    public static int PerVillage { get; set; } = HouseholdsPerVillage;
    public const int Year = 2022;
    public const decimal Line = 6000m;

    private static readonly string[] Family = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "梁"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞"];
    private static readonly string[] Relations = ["配偶", "子女", "子女", "父母", "孙子女"];
    private static readonly string[] Risks = ["illness", "education", "disaster", "accident", "unemployment", "illness|education"];

    public static void WriteUnits(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("code,name,kind,parent,aliases\nP,测试省,city,,\n");
        for (var t = 0; t < Towns; t++)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"T{t:000},第{t:000}镇,town,P,\n"));
            for (var v = 0; v < VillagesPerTown; v++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"V{t:000}{v:00},第{t:000}镇{v:00}村,village,T{t:000},\n"));
            }
        }
    }

    /// <summary>Writes the households file and returns its row count.</summary>
    public static long WriteHouseholds(string path)
    {
        var random = new Random(2022);
        var person = 0L;
        long rows = 0;
        var line = new StringBuilder(256);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("household,village,head,id_number,year,income,members,risks,source,flagged_on,identified_on,assisted_on,eliminated_on\n");
        for (var t = 0; t < Towns; t++)
        {
            for (var v = 0; v < VillagesPerTown; v++)
            {
                for (var h = 0; h < PerVillage; h++)
                {
                    line.Clear();
                    var village = string.Create(CultureInfo.InvariantCulture, $"V{t:000}{v:00}");
                    line.Append('H').Append(rows.ToString("0000000", CultureInfo.InvariantCulture)).Append(',').Append(village).Append(',')
                        .Append(Name(random)).Append(',').Append(Id(t, person++)).Append(',').Append(Year).Append(',');
                    var roll = random.NextDouble();
                    var below = roll < 0.03;
                    var income = below ? 3000 + random.Next(0, 2999) : 6000 + random.Next(0, 30000);
                    line.Append(income.ToString(CultureInfo.InvariantCulture)).Append('.').Append(random.Next(0, 100).ToString("00", CultureInfo.InvariantCulture)).Append(',');
                    var members = random.Next(0, 5);
                    for (var m = 0; m < members; m++)
                    {
                        line.Append(m == 0 ? "" : ";").Append(Name(random)).Append('/').Append(Id(t, person++)).Append('/').Append(Relations[m]);
                    }

                    line.Append(',');
                    States(random, roll, line);
                    w.Write(line.Append('\n'));
                    rows++;
                }
            }
        }

        return rows;
    }

    // risks,source,flagged_on,identified_on,assisted_on,eliminated_on
    // The households in monitoring are those under the line (the same roll), as in a register in use.
    private static void States(Random random, double roll, StringBuilder line)
    {
        var risk = Risks[random.Next(Risks.Length)];
        var day = new DateOnly(Year, 1, 1).AddDays(random.Next(0, 150));
        string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        line.Append(roll switch
        {
            < 0.020 => $"{risk},visit,{D(day)},{D(day.AddDays(7))},{D(day.AddDays(20))},",
            < 0.023 => $"{risk},application,{D(day)},{D(day.AddDays(10))},,",
            < 0.028 => $",,{D(day)},,,",
            < 0.030 => $"{risk},department,{D(day.AddDays(-100))},{D(day.AddDays(-90))},{D(day.AddDays(-80))},{D(day)}",
            _ => ",,,,,",
        });
    }

    private static string Name(Random random) => Family[random.Next(Family.Length)] + Given[random.Next(Given.Length)];

    // 44 + town-based county code, a birth date from 1940 on by the person's index, a sequence code: unique, valid.
    private static string Id(int town, long person)
    {
        Span<char> id = stackalloc char[18];
        var birth = new DateOnly(1940, 1, 1).AddDays((int)(person / 1000));
        var first = string.Create(CultureInfo.InvariantCulture, $"44{town % 100:00}{town / 100 + 1:00}{birth:yyyyMMdd}{person % 1000:000}");
        first.AsSpan().CopyTo(id);
        id[17] = IdentityNumber.CheckCharacter(id[..17]);
        return new string(id);
    }
}
