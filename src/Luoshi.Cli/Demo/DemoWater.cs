using System.Globalization;
using System.Text;

namespace Luoshi.Cli.Demo;

/// <summary>Water sections named in the sample report, three of them in the set 省考及以上 and one town section
/// outside it, with a sample on the 10th of every month up to the demo day (演示数据): the provincial sections meet
/// their target class over the year, the drain does not.</summary>
internal static class DemoWater
{
    public const string Set = "省考及以上";

    /// <summary>Code, name, target class, level, sets, and the section's typical ammonia (mg/L) that decides its class.</summary>
    private static readonly (string Code, string Name, string Class, string Level, string Sets, double Nh3n)[] Sections =
    [
        ("DEMO-W1", "绥江五马岗（演示）", "III", "省考", Set, 0.62),
        ("DEMO-W2", "绥江马房大桥（演示）", "II", "国考", Set, 0.31),
        ("DEMO-W3", "漫水河河口（演示）", "III", "省考", Set, 0.78),
        ("DEMO-W4", "大兴排渠（演示）", "IV", "市考", "全市", 1.9),
    ];

    public static string SectionsCsv()
    {
        var csv = new StringBuilder("section,name,water_body,target_class,level,sets\n");
        foreach (var s in Sections)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{s.Code},{s.Name},river,{s.Class},{s.Level},{s.Sets}\n");
        }

        return csv.ToString();
    }

    public static string SamplesCsv(int year, DateOnly day, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("section,date,ph,do,codmn,cod,bod5,nh3n,tp\n");
        for (var month = 1; month <= 12 && new DateOnly(year, month, 10) < day; month++)
        {
            foreach (var s in Sections)
            {
                double Spread(double value) => value * (0.8 + (random.NextDouble() * 0.4));
                var load = s.Nh3n / 0.62; // the dirtier the water, the more of everything
                csv.Append(CultureInfo.InvariantCulture,
                    $"{s.Code},{year}-{month:00}-10,{7.1 + (random.NextDouble() * 0.6):0.0},{Spread(7.5 / load):0.0},{Spread(3.2 * load):0.0},{Spread(12 * load):0},{Spread(2.4 * load):0.0},{Spread(s.Nh3n):0.00},{Spread(0.11 * load):0.000}\n");
            }
        }

        return csv.ToString();
    }
}
