using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary>The demo ledger built on 20 January 2023 holds the sample 2022 plan closed: every task confirmed, a mix of
/// 完成 / 基本完成 / 未完成, evidence on every account, one correction after confirmation; the documents export.</summary>
public sealed class DemoClosingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-demo-closing-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Demo_AfterTheYear_ClosedWithAMixOfResultsAndOneCorrection()
    {
        var db = Path.Combine(_directory, "demo.db");
        var demo = CliRun.Luoshi("demo", "--db", db, "--as-of", "2023-01-20");
        Assert.True(demo.ExitCode == 0, demo.Error);

        var status = CliRun.Luoshi("closing", "status", "--db", db, "--format", "json");
        Assert.True(status.ExitCode == 0, status.Error);
        using var json = JsonDocument.Parse(status.Output);
        var tasks = json.RootElement.GetProperty("tasks").EnumerateArray().ToList();
        var led = tasks.Where(t => t.GetProperty("lead_unit").ValueKind == JsonValueKind.String).ToList();
        Assert.All(led, t => Assert.Equal("confirmed", t.GetProperty("state").GetString()));
        Assert.All(led, t => Assert.Single(t.GetProperty("evidence").EnumerateArray()));
        var results = led.Select(t => t.GetProperty("result").GetString()).ToHashSet();
        Assert.Equal(["基本完成", "完成", "未完成"], results.Order(StringComparer.Ordinal));
        var corrected = Assert.Single(led, t => t.GetProperty("corrections").GetArrayLength() > 0);
        Assert.Equal(("完成", "基本完成"), (corrected.GetProperty("corrections")[0].GetProperty("before").GetString(), corrected.GetProperty("result").GetString()));
        // Computed targets carry their standard.
        Assert.Contains(led.SelectMany(t => t.GetProperty("targets").EnumerateArray()), g => g.GetProperty("source").GetString() == "computed" && g.GetProperty("standard").GetString()!.Length > 0);

        foreach (var (kind, file) in new[] { ("report", "report.docx"), ("workbook", "closing.xlsx"), ("ranking", "ranking.xlsx") })
        {
            var exported = CliRun.Luoshi("export", "closing", kind, "--db", db, "-o", Path.Combine(_directory, file));
            Assert.True(exported.ExitCode == 0, exported.Error);
            Assert.True(new FileInfo(Path.Combine(_directory, file)).Length > 1000);
        }

        var assess = CliRun.Luoshi("closing", "assess", "--db", db, "--format", "json");
        Assert.True(assess.ExitCode == 0, assess.Error);
        using var ranking = JsonDocument.Parse(assess.Output);
        Assert.Equal(1, ranking.RootElement.GetProperty("units")[0].GetProperty("rank").GetInt32());
    }
}
