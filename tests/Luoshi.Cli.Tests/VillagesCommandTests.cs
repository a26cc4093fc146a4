using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary><c>luoshi villages …</c> against a real SQLite file: the register, a standard, results, sewage and
/// income imported, the summary by town worked by hand, and a bad file refused with its places and exit code 2.</summary>
public sealed class VillagesCommandTests : IDisposable
{
    // 大沙镇 (T1): 东升村, 西岸村, 南山村; 江谷镇 (T2): 东升村. Standard: C1 scored 60, C2 pass 40; 干净整洁村 ≥ 50,
    // 美丽宜居村 ≥ 80 with C2. V11 55+40 = 95 美丽宜居村; V12 50+0 = 50 干净整洁村; V13 30+40 = 70 干净整洁村; V21 60+40 = 100.
    private const string Units = "code,name,kind,parent,aliases\nC,测试市,city,,\nT1,大沙镇,town,C,\nT2,江谷镇,town,C,\n";
    private const string Register = "code,name,town,households,population\nV11,东升村,T1,320,1210\nV12,西岸村,T1,280,990\nV13,南山村,T1,150,600\nV21,东升村,T2,410,1500\n";
    private const string Standard = "section,code,name,kind,weight,evidence,min_score,requires\n"
        + "criterion,C1,村容村貌,score,60,no,,\ncriterion,C2,污水治理,pass,40,no,,\ntier,,干净整洁村,,,,50,\ntier,,美丽宜居村,,,,80,C2\n";
    private const string Results = "village,year,criterion,result,assessed_on\n"
        + "V11,2022,C1,55,2022-05-01\nV11,2022,C2,pass,2022-05-01\nV12,2022,C1,50,2022-05-01\nV12,2022,C2,fail,2022-05-01\n"
        + "V13,2022,C1,30,2022-05-01\nV13,2022,C2,pass,2022-05-01\nV21,2022,C1,60,2022-12-01\nV21,2022,C2,pass,2022-12-01\n";
    private const string Sewage = "village,as_of,facility,operating\nV11,2022-03-01,yes,yes\nV12,2022-03-01,yes,no\nV21,2022-03-01,yes,yes\n";
    private const string Income = "village,year,income\nV11,2021,10\nV12,2021,6\nV13,2021,8\nV21,2021,20\nV11,2022,12\nV12,2022,7\nV13,2022,9.5\nV21,2022,25\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-villages-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ImportsAndSummary_ByTownAndRegion_HandWorked()
    {
        ImportAll();

        var summary = Run("villages", "summary", "--as-of", "2022-10-10", "--year", "2022", "--format", "json");

        Assert.True(summary.ExitCode == 0, summary.Error);
        using var json = JsonDocument.Parse(summary.Output);
        var towns = json.RootElement.GetProperty("towns").EnumerateArray().ToList();
        var region = json.RootElement.GetProperty("region");
        Assert.Equal(10m, json.RootElement.GetProperty("threshold").GetDecimal());
        // 大沙镇 as of 10-10: 美丽宜居村 V11 of 3 = 33.33%; facilities V11, V12 = 66.67%; income 12 + 7 + 9.5 = 28.5 against
        // 24; below 10: V12 and V13. 江谷镇: V21 assessed only on 12-01; facility; 25 against 20.
        Assert.Equal((3, 1, 33.33m, 2, 66.67m, 28.5m, 24m, 4.5m, 2), Town(towns[0]));
        Assert.Equal((1, 0, 0m, 1, 100m, 25m, 20m, 5m, 0), Town(towns[1]));
        Assert.Equal((4, 1, 25m, 3, 75m, 53.5m, 44m, 9.5m, 2), Town(region));
    }

    [Fact]
    public void SummaryTable_OneTown_InChineseWithTiers()
    {
        ImportAll();

        var table = Run("villages", "summary", "--town", "T1", "--as-of", "2022-12-31");
        var list = Run("villages", "list", "--town", "T2", "--as-of", "2022-12-31");

        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("美丽宜居村及以上", table.Output, StringComparison.Ordinal);
        Assert.Contains("│ 大沙镇 │ 3", table.Output, StringComparison.Ordinal);
        Assert.Contains("│ 合计 ", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("江谷镇", table.Output, StringComparison.Ordinal);
        var v21 = list.Output.Split('\n').Single(l => l.Contains("V21", StringComparison.Ordinal));
        Assert.Equal(["V21", "东升村", "江谷镇", "410", "美丽宜居村", "100", "有·运行", "25"],
            v21.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Import_BadFile_EveryProblemPlacedExitTwoNothingStored()
    {
        Assert.Equal(0, Run("units", "import", Write("units.csv", Units)).ExitCode);

        var bad = RunEn("villages", "import", Write("bad.csv", "code,name,town,households\nV1,东升村,T9,3\nV2,,T1,x\n"));
        var missing = RunEn("villages", "sewage", "import", Path.Combine(_directory, "none.csv"));
        var list = Run("villages", "list");

        Assert.Equal(2, bad.ExitCode);
        Assert.Equal(
            [
                "luoshi villages import: bad.csv, line 3, column name: expected the village's name (东升村)",
                "luoshi villages import: bad.csv, line 3, column households: expected a whole number of at least 0, found 'x'",
                "luoshi villages import: bad.csv, line 2, column town: unknown town 'T9': expected the code or name of a town or subdistrict in the ledger (luoshi units import)",
                $"luoshi villages import: nothing was stored from {Path.Combine(_directory, "bad.csv")}",
            ],
            bad.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("luoshi villages sewage import: none.csv: cannot read the file", missing.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("东升村", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetBind_ListsTheVillageIndicators()
    {
        var list = Run("target", "bind", "--list");

        Assert.Contains("villages.tier-share\t行政村达到评定等级的比例\t%", list.Output, StringComparison.Ordinal);
        Assert.Contains("villages.collective-income\t村级集体经济经营性收入合计\t万元", list.Output, StringComparison.Ordinal);
    }

    private static (int, int, decimal, int, decimal, decimal, decimal, decimal, int) Town(JsonElement t)
    {
        var mlyj = t.GetProperty("at_or_above")[1];
        return (t.GetProperty("villages").GetInt32(), mlyj.GetProperty("villages").GetInt32(), mlyj.GetProperty("share").GetDecimal(),
            t.GetProperty("with_facility").GetInt32(), t.GetProperty("coverage").GetDecimal(), t.GetProperty("income").GetDecimal(),
            t.GetProperty("income_last_year").GetDecimal(), t.GetProperty("change").GetDecimal(), t.GetProperty("under_threshold").GetInt32());
    }

    private void ImportAll()
    {
        Ok(Run("units", "import", Write("units.csv", Units)));
        Ok(Run("villages", "import", Write("villages.csv", Register)));
        Ok(Run("villages", "standard", "import", Write("standard.csv", Standard), "--name", "美丽宜居村2022"));
        Ok(Run("villages", "assess", "import", Write("results.csv", Results), "--standard", "美丽宜居村2022"));
        Ok(Run("villages", "sewage", "import", Write("sewage.csv", Sewage)));
        Ok(Run("villages", "income", "import", Write("income.csv", Income)));
        Ok(Run("villages", "income", "threshold", "--year", "2022", "--amount", "10"));
    }

    private static void Ok((int ExitCode, string Output, string Error) run) => Assert.True(run.ExitCode == 0, run.Error);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRun.Luoshi([.. args, "--db", Path.Combine(_directory, "ledger.db"), "--as", "督查室王"]);

    private (int ExitCode, string Output, string Error) RunEn(params string[] args) =>
        CliRun.English([.. args, "--db", Path.Combine(_directory, "ledger.db"), "--as", "督查室王"]);
}
