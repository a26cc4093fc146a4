using System.Globalization;
using System.Text;

namespace Luoshi.Bench.Villages;

/// <summary>A seeded province-sized village register written as the office's CSV files: one 基准省 (a city unit, so
/// towns may sit under it), N towns (镇0001…), villages spread 8–32 per town (codes V000001…; names repeat from town to
/// town, as real ones do), a standard of 8 criteria and 3 tiers, assessments of 2021 (half the villages) and 2022
/// (70%, dated through the year), sewage findings (80% with a facility, a quarter of those found twice) and two years
/// of collective income (2022 missing for 3%).</summary>
internal sealed class VillageProvince(int villages, int towns, int seed)
{
    private static readonly string[] Syllables = ["东", "西", "南", "北", "新", "石", "江", "龙", "凤", "塘", "坑", "岗", "岭", "田", "沙", "湖", "上", "下", "大", "小"];

    public int Villages { get; } = villages;

    public int Towns { get; } = towns;

    /// <summary>Writes the files into <paramref name="directory"/>; returns their paths by name (units, villages,
    /// standard, assessments, sewage, income) and the rows of each.</summary>
    public Dictionary<string, (string Path, int Rows)> Write(string directory)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(directory);
        var files = new Dictionary<string, (string, int)>();
        var townOf = Spread(random);
        files["units"] = WriteFile(directory, "units.csv", "code,name,kind,parent,aliases",
            Enumerable.Repeat("P,基准省,city,,", 1).Concat(Enumerable.Range(1, Towns).Select(t => $"T{t:0000},镇{t:0000},town,P,")));
        files["villages"] = WriteFile(directory, "villages.csv", "code,name,town,households,population,type",
            Enumerable.Range(0, Villages).Select(v => string.Create(CultureInfo.InvariantCulture,
                $"V{v + 1:000000},{Name(v, townOf[v])},T{townOf[v]:0000},{random.Next(80, 900)},{random.Next(300, 4000)},")));
        files["standard"] = WriteFile(directory, "standard.csv", "section,code,name,kind,weight,evidence,min_score,requires", Standard);
        files["assessments"] = WriteFile(directory, "assessments.csv", "village,year,criterion,result,evidence,assessed_on", Assessments(random));
        files["sewage"] = WriteFile(directory, "sewage.csv", "village,as_of,facility,operating,note", Sewage(random));
        files["income"] = WriteFile(directory, "income.csv", "village,year,income", Income(random));
        return files;
    }

    private static readonly string[] Standard =
    [
        "criterion,C1,村容村貌整洁,score,20,yes,,", "criterion,C2,生活污水有效治理,pass,15,yes,,", "criterion,C3,农村厕所改造,score,15,no,,",
        "criterion,C4,生活垃圾分类,score,10,no,,", "criterion,C5,无违法建设,pass,10,no,,", "criterion,C6,绿化美化,score,10,no,,",
        "criterion,C7,公共服务设施,score,10,no,,", "criterion,C8,长效管护机制,pass,10,yes,,",
        "tier,,干净整洁村,,,,60,C5", "tier,,美丽宜居村,,,,75,C2|C8", "tier,,特色精品村,,,,90,",
    ];

    // Villages per town: 8–32, scaled so they add up to the count asked for.
    private int[] Spread(Random random)
    {
        var weights = Enumerable.Range(0, Towns).Select(_ => random.Next(8, 33)).ToArray();
        var total = weights.Sum();
        var townOf = new int[Villages];
        var v = 0;
        for (var t = 0; t < Towns && v < Villages; t++)
        {
            var count = t == Towns - 1 ? Villages - v : (int)Math.Round((double)weights[t] * Villages / total);
            for (var i = 0; i < count && v < Villages; i++)
            {
                townOf[v++] = t + 1;
            }
        }

        for (; v < Villages; v++)
        {
            townOf[v] = Towns;
        }

        return townOf;
    }

    // Two syllables and 村, unique within the town (a suffix counts on when a pair repeats there).
    private static string Name(int village, int town) =>
        $"{Syllables[village % 20]}{Syllables[(village / 20 + town) % 20]}{(village / 400 == 0 ? "" : (village / 400).ToString(CultureInfo.InvariantCulture))}村";

    private IEnumerable<string> Assessments(Random random)
    {
        foreach (var (year, share) in new[] { (2021, 0.5), (2022, 0.7) })
        {
            for (var v = 1; v <= Villages; v++)
            {
                if (random.NextDouble() >= share)
                {
                    continue;
                }

                var day = new DateOnly(year, 1, 1).AddDays(random.Next(0, 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var quality = random.NextDouble();
                foreach (var (code, kind, weight) in Criteria)
                {
                    var result = kind == "pass" ? (random.NextDouble() < 0.55 + (quality * 0.45) ? "pass" : "fail")
                        : Math.Round(weight * Math.Min(1, (0.4 + (quality * 0.6)) * (0.85 + (random.NextDouble() * 0.3))), 1).ToString(CultureInfo.InvariantCulture);
                    var evidence = code is "C1" or "C2" or "C8" ? $"档案{year}-{v:000000}-{code}" : "";
                    yield return $"V{v:000000},{year},{code},{result},{evidence},{day}";
                }
            }
        }
    }

    private static readonly (string Code, string Kind, double Weight)[] Criteria =
        [("C1", "score", 20), ("C2", "pass", 15), ("C3", "score", 15), ("C4", "score", 10), ("C5", "pass", 10), ("C6", "score", 10), ("C7", "score", 10), ("C8", "pass", 10)];

    private IEnumerable<string> Sewage(Random random)
    {
        for (var v = 1; v <= Villages; v++)
        {
            var built = random.NextDouble() < 0.8;
            var day = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 600));
            yield return string.Create(CultureInfo.InvariantCulture, $"V{v:000000},{day:yyyy-MM-dd},{(built ? "yes" : "no")},{(built && random.NextDouble() < 0.9 ? "yes" : "no")},");
            if (built && random.NextDouble() < 0.25)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"V{v:000000},{day.AddDays(90):yyyy-MM-dd},yes,{(random.NextDouble() < 0.5 ? "yes" : "no")},复查");
            }
        }
    }

    private IEnumerable<string> Income(Random random)
    {
        for (var v = 1; v <= Villages; v++)
        {
            var last = Math.Round(2 + (random.NextDouble() * 40), 2);
            yield return string.Create(CultureInfo.InvariantCulture, $"V{v:000000},2021,{last}");
            if (random.NextDouble() >= 0.03)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"V{v:000000},2022,{Math.Round(last * (0.85 + (random.NextDouble() * 0.35)), 2)}");
            }
        }
    }

    private static (string, int) WriteFile(string directory, string name, string header, IEnumerable<string> lines)
    {
        var path = Path.Combine(directory, name);
        var rows = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(header + "\n");
        foreach (var line in lines)
        {
            writer.Write(line + "\n");
            rows++;
        }

        return (path, rows);
    }
}
