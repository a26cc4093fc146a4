using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary>The year-end closing from the command line on the sample report (四会市 2022): T16 (新增就业 ≥ 6000人, 失业率
/// ≤ 4%, lead 人社局) submitted, refused to another unit, confirmed, corrected; <c>luoshi closing status --format json</c>
/// read back with the hand-worked figures (5600 of 6000: 6.67% short, 基本完成 by the default 10%).</summary>
public sealed class ClosingCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-closing-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRun.Luoshi([.. args, "--db", Db, "--as", "督查室王"]);

    [Fact]
    public void OpenSubmitConfirmCorrect_StatusJsonShowsResultsFinalsAndEvidence()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);
        Assert.Equal(0, Run("assign", "T16", "--lead", "人社局", "--support", "财政局").ExitCode);
        string[] submit = ["closing", "submit", "T16", "--result", "基本完成", "--final", "T16.1=5,600", "--final", "T16.2=3.8",
            "--summary", "全年城镇新增就业5600人，失业率3.8%", "--reason", "两场招聘会因疫情取消", "--evidence", "就业登记台账 https://rsj.example.cn/2022/jobs.xlsx"];

        var early = Run([.. submit, "--unit", "人社局"]);
        Assert.Equal(4, early.ExitCode);
        Assert.Contains("2022年度年底交账尚未开启", early.Error, StringComparison.Ordinal);
        Assert.Equal(0, Run("closing", "open").ExitCode);

        var other = Run([.. submit, "--unit", "教育局"]);
        Assert.Equal(5, other.ExitCode);
        Assert.Contains("该任务不由本单位牵头，不能报送交账", other.Error, StringComparison.Ordinal);
        var overclaim = Run([.. submit.Select(a => a == "基本完成" ? "完成" : a), "--unit", "人社局"]);
        Assert.Equal(2, overclaim.ExitCode);
        Assert.Contains("按目标最终值（T16.1 基本完成，T16.2 完成），该任务为“基本完成”，不能报“完成”", overclaim.Error, StringComparison.Ordinal);
        var badFinal = Run([.. submit.Select(a => a == "T16.2=3.8" ? "T16.2=三点八" : a), "--unit", "人社局"]);
        Assert.Equal(2, badFinal.ExitCode);

        Assert.Equal(0, Run([.. submit, "--unit", "人社局"]).ExitCode);
        Assert.Equal(0, Run("closing", "confirm", "T16").ExitCode);
        var frozen = Run([.. submit, "--unit", "人社局"]);
        Assert.Equal(4, frozen.ExitCode);
        Assert.Equal(0, Run("closing", "correct", "T16", "--result", "未完成", "--reason", "统计局核定新增就业4900人").ExitCode);

        var status = Run("closing", "status", "--year", "2022", "--format", "json");
        Assert.Equal(0, status.ExitCode);
        using var json = JsonDocument.Parse(status.Output);
        var tasks = json.RootElement.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("task").GetString()!);
        var t16 = tasks["T16"];
        Assert.Equal(("未完成", "not_done", "confirmed", "基本完成", "基本完成"),
            (t16.GetProperty("result").GetString(), t16.GetProperty("result_key").GetString(), t16.GetProperty("state").GetString(),
             t16.GetProperty("claimed").GetString(), t16.GetProperty("by_rule").GetString()));
        var finals = t16.GetProperty("targets").EnumerateArray().ToDictionary(t => t.GetProperty("target").GetString()!);
        Assert.Equal((5600m, 6.67m, "基本完成"), (finals["T16.1"].GetProperty("final").GetDecimal(), finals["T16.1"].GetProperty("shortfall").GetDecimal(), finals["T16.1"].GetProperty("result").GetString()));
        Assert.Equal((3.8m, "完成"), (finals["T16.2"].GetProperty("final").GetDecimal(), finals["T16.2"].GetProperty("result").GetString()));
        Assert.Equal("就业登记台账 https://rsj.example.cn/2022/jobs.xlsx", t16.GetProperty("evidence")[0].GetString());
        Assert.Equal("统计局核定新增就业4900人", t16.GetProperty("corrections")[0].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, tasks["T15"].GetProperty("result").ValueKind);
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("not_done").GetInt32());
    }
}
