using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Luoshi.Cli.Tests;

/// <summary>luoshi items import|list|create|edit|step against a real SQLite file: the office imports a file (all or
/// nothing), a unit signs only its own item, a leader's account may not import.</summary>
public sealed class ItemsCommandTests : IDisposable
{
    private const string Good = "来源,事项名称,来源文件,责任领导,牵头单位,办理时限,年度\n"
        + "批示,做好防汛工作,市长批示〔2030〕5号,市长,教育局,2030-10-31,2030\n"
        + "政协提案,关于增加城区学位的提案,政协提案第12号,王副市长,人社局,2030-11-30,2030\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-cli-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args) => CliRun.Luoshi([.. args, "--db", Db]);

    private string File(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Import_BadFile_EveryProblemPlacedAndNothingStored_ThenGoodFileNumbered()
    {
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);
        var bad = File("bad.csv", "source,title,unit,due,year\n批示,做好防汛工作,教育局,2030-10-31,2030\n批复,,不存在局,2030-10-31,2030\n");

        var refused = Run("items", "import", bad);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(
            [
                "luoshi items import：bad.csv，第 3 行，source 列：没有名为“批复”的督办来源（领导批示件、会议议定事项、上级交办、人大建议、政协提案）",
                "luoshi items import：bad.csv，第 3 行，title 列：请填写事项名称",
                "luoshi items import：bad.csv，第 3 行，unit 列：没有名为“不存在局”的单位（名称或简称）",
                $"luoshi items import：未从 {bad} 存储任何内容",
            ],
            refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal("", Run("items", "list").Output);

        var imported = Run("items", "import", File("items.csv", Good));
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Equal("已导入 2 项督办事项", imported.Output.Trim());

        using var json = JsonDocument.Parse(Run("items", "list", "--source", "提案", "--format", "json").Output);
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("2030-提案-001", "四会市人力资源和社会保障局", "2030-11-30", "not_signed"),
            (item.GetProperty("number").GetString(), item.GetProperty("lead_unit").GetString(), item.GetProperty("due").GetString(), item.GetProperty("status").GetString()));
    }

    [Fact]
    public void Steps_OnlyTheLeadUnitSigns_OfficeEdits_LeaderAccountRefused()
    {
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);
        Assert.Equal(0, Run("items", "import", File("items.csv", Good)).ExitCode);

        var stranger = Run("items", "step", "2030-批示-001", "sign", "--unit", "人社局");
        Assert.Equal((5, "luoshi items step：该任务不由本单位牵头，不能办理"), (stranger.ExitCode, stranger.Error.Trim()));
        Assert.Equal(0, Run("items", "step", "2030-批示-001", "sign", "--unit", "教育局").ExitCode);
        Assert.Contains("2030-批示-001\t领导批示件\t四会市教育局\t2030-10-31\t", Run("items", "list").Output, StringComparison.Ordinal);

        var edited = Run("items", "edit", "2030-批示-001", "--title", "做好防汛抗旱工作", "--lead-unit", "人社局");
        Assert.True(edited.ExitCode == 0, edited.Error);
        Assert.Contains("2030-批示-001\t领导批示件\t四会市人力资源和社会保障局\t2030-10-31\t", Run("items", "list").Output, StringComparison.Ordinal);
        Assert.Contains("做好防汛抗旱工作", Run("items", "list").Output, StringComparison.Ordinal);

        Assert.Equal(0, Run("accounts", "add", "leader1", "--name", "张副市长", "--role", "leader", "--password", "a long password").ExitCode);
        var leader = CliRun.Luoshi("items", "import", File("more.csv", Good), "--db", Db, "--as", "leader1");
        Assert.Equal((5, "luoshi items import：只有督查室可以办理"), (leader.ExitCode, leader.Error.Split('\n')[0].Trim()));
        Assert.Equal(2, Run("items", "list").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
