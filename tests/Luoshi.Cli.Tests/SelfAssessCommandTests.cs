using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary>The self-assessment from the command line on the sample report (四会市 2022), scheme without late-report or
/// red-light deductions. Worked by hand: 人社局 leads T16, confirmed 基本完成 = 80; it claims T16 80 and +2 (表彰), the
/// office confirms with −1 (表彰为市级): 80 + 2 − 1 = 81, confirmed, every line with its source.</summary>
public sealed class SelfAssessCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-self-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Output, string Error) Run(params string[] args) => CliRun.Luoshi([.. args, "--db", Db]);

    private (int ExitCode, string Output, string Error) Office(params string[] args) => Run([.. args, "--as", "督查室王"]);

    [Fact]
    public void SelfAssessConfirmWithAdjustment_AssessJsonShowsTheFinalScoreLineByLine()
    {
        Assert.Equal(0, Office("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);
        Assert.Equal(0, Office("units", "import", CliRun.Units).ExitCode);
        Assert.Equal(0, Office("assign", "T16", "--lead", "人社局").ExitCode);
        Assert.Equal(0, Office("closing", "open").ExitCode);
        var scheme = Path.Combine(_directory, "scheme.json");
        File.WriteAllText(scheme, """{"late_report": 0, "red_held": 0}""");
        Assert.Equal(0, Office("closing", "scheme", "--file", scheme).ExitCode);
        Assert.Equal(0, Run("closing", "submit", "T16", "--unit", "人社局", "--result", "基本完成", "--final", "T16.1=5600", "--final", "T16.2=3.8",
            "--summary", "全年新增就业5600人", "--reason", "招聘会取消").ExitCode);
        Assert.Equal(0, Office("closing", "confirm", "T16").ExitCode);
        string[] claim = ["closing", "self-assess", "--points", "T16=80", "--claim", "+2:获省级就业工作先进单位表彰", "--explanation", "新增就业5600人，基本完成。"];

        var other = Run([.. claim, "--unit", "教育局", "--of", "人社局"]);
        Assert.Equal(5, other.ExitCode);
        Assert.Contains("只能报送本单位的自评，不能代其他单位报送", other.Error, StringComparison.Ordinal);
        var impossible = Run([.. claim.Select(a => a == "T16=80" ? "T16=90" : a), "--unit", "人社局"]);
        Assert.Equal(2, impossible.ExitCode);
        Assert.Contains("任务 T16 自评90分不符合考核方案，须为完成100分、基本完成80分或未完成50分", impossible.Error, StringComparison.Ordinal);
        Assert.Equal(0, Run([.. claim, "--unit", "人社局"]).ExitCode);
        var unit = Run("closing", "self-confirm", "--of", "人社局", "--unit", "人社局");
        Assert.Equal((5, true), (unit.ExitCode, unit.Error.Contains("只有督查室可以确认自评", StringComparison.Ordinal)));
        var noReason = Office("closing", "self-confirm", "--of", "人社局", "--adjust", "-1: ");
        Assert.Equal((2, true), (noReason.ExitCode, noReason.Error.Contains("请填写调整原因", StringComparison.Ordinal)));
        Assert.Equal(0, Office("closing", "self-confirm", "--of", "人社局", "--adjust", "-1:表彰为市级，按1分计").ExitCode);
        var frozen = Run([.. claim, "--unit", "人社局"]);
        Assert.Equal((4, true), (frozen.ExitCode, frozen.Error.Contains("自评已确认，得分已定，不能再报送或修改", StringComparison.Ordinal)));

        var assess = Run("closing", "assess", "--format", "json");
        using var json = JsonDocument.Parse(assess.Output);
        var hr = json.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "四会市人力资源和社会保障局");
        Assert.Equal((80m, 2m, -1m, 81m, true, 1), (hr.GetProperty("base").GetDecimal(), hr.GetProperty("added").GetDecimal(), hr.GetProperty("adjusted").GetDecimal(),
            hr.GetProperty("final").GetDecimal(), hr.GetProperty("confirmed").GetBoolean(), hr.GetProperty("rank").GetInt32()));
        Assert.Equal(["单位自评", "单位自评", "督查室调整"], hr.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("source").GetString()));
    }
}
