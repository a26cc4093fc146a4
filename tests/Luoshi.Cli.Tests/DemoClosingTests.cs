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

        var status = CliRun.Luoshi("closing", "status", "--db", db, "--year", "2022", "--format", "json");
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
            var exported = CliRun.Luoshi("export", "closing", kind, "--db", db, "--year", "2022", "-o", Path.Combine(_directory, file));
            Assert.True(exported.ExitCode == 0, exported.Error);
            Assert.True(new FileInfo(Path.Combine(_directory, file)).Length > 1000);
        }

        var assess = CliRun.Luoshi("closing", "assess", "--db", db, "--year", "2022", "--format", "json");
        Assert.True(assess.ExitCode == 0, assess.Error);
        using var ranking = JsonDocument.Parse(assess.Output);
        Assert.Equal(1, ranking.RootElement.GetProperty("units")[0].GetProperty("rank").GetInt32());

        // The second plan year: every task confirmed 未完成 carried over as JZ1, JZ2… in order, nothing else.
        var notDone = led.Where(t => t.GetProperty("result").GetString() == "未完成").Select(t => t.GetProperty("task").GetString()).ToList();
        var candidates = CliRun.Luoshi("years", "candidates", "--db", db, "--year", "2022", "--format", "json");
        Assert.True(candidates.ExitCode == 0, candidates.Error);
        using var carry = JsonDocument.Parse(candidates.Output);
        var carried = carry.RootElement.GetProperty("tasks").EnumerateArray().Where(c => c.GetProperty("carried_to").ValueKind == JsonValueKind.String).ToList();
        Assert.Equal(notDone, carried.Select(c => c.GetProperty("task").GetString()));
        Assert.Equal(Enumerable.Range(1, notDone.Count).Select(i => $"JZ{i}"), carried.Select(c => c.GetProperty("carried_to").GetString()));

        // The 2023 report's 城镇新增就业 (T13.1) and 优良率 (T16.1) match 2022's T16.1 and T24.1 by subject, confirmed.
        var matches = CliRun.Luoshi("years", "matches", "--db", db, "--year", "2023", "--format", "json");
        Assert.True(matches.ExitCode == 0, matches.Error);
        using var matched = JsonDocument.Parse(matches.Output);
        var byTarget = matched.RootElement.GetProperty("targets").EnumerateArray().ToDictionary(m => m.GetProperty("target").GetString()!);
        foreach (var (later, earlier) in new[] { ("T11.2", "T12.2"), ("T13.1", "T16.1"), ("T16.1", "T24.1") })
        {
            Assert.Equal((earlier, "confirmed"), (byTarget[later].GetProperty("earlier").GetString(), byTarget[later].GetProperty("state_key").GetString()));
        }

        // Its series: 2022 ≥ 90% closed, 2023 ≥ 92% not closed yet.
        var series = CliRun.Luoshi("years", "series", "T16.1", "--db", db, "--year", "2023", "--format", "json");
        Assert.True(series.ExitCode == 0, series.Error);
        using var years = JsonDocument.Parse(series.Output);
        Assert.Equal([(2022, "≥ 90%", true), (2023, "≥ 92%", false)], years.RootElement.GetProperty("series").EnumerateArray()
            .Select(y => (y.GetProperty("year").GetInt32(), y.GetProperty("goal").GetString()!, y.GetProperty("closed").GetBoolean())));

        // The parser's draft of the 2023 report shows last year's promise and result beside this year's.
        var report = Path.Combine(AppContext.BaseDirectory, "Fixtures", "samples", "sihui-work-report-2023-excerpt.txt");
        var parsed = CliRun.Luoshi("parse", report, "--year", "2023", "--region", "四会市", "--db", db);
        Assert.True(parsed.ExitCode == 0, parsed.Error);
        using var draft = JsonDocument.Parse(parsed.Output);
        var jobs = draft.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "T13.1").GetProperty("last_year");
        Assert.Equal((2022, "T16.1", "≥ 6000人", true), (jobs.GetProperty("year").GetInt32(), jobs.GetProperty("target").GetString(), jobs.GetProperty("goal").GetString(), jobs.GetProperty("closed").GetBoolean()));
        Assert.Equal(JsonValueKind.Number, jobs.GetProperty("final").ValueKind);
    }
}
