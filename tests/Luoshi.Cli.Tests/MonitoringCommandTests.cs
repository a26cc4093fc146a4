using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary>Stations, ingestion and a bound target from the command line, against a real SQLite file: a bad file is
/// refused with every located mistake and exit code 2, a good one stored once, and the status carries the computed
/// figure (values of the storage tests: 2 good of 3 valid days in 城区).</summary>
public sealed class MonitoringCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-cli-monitoring-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRun.Luoshi([.. args, "--db", Path.Combine(_directory, "ledger.db"), "--as", "督查室王"]);

    private (int ExitCode, string Output, string Error) RunEn(params string[] args) =>
        CliRun.English([.. args, "--db", Path.Combine(_directory, "ledger.db"), "--as", "督查室王"]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void IngestAir_BadFile_EveryMistakeLocatedExit2AndNothingStored()
    {
        Assert.Equal(0, Run("stations", "import", Write("stations.csv", "station,name,sets\nA,城中站,城区\n")).ExitCode);

        var bad = RunEn("ingest", "air", Write("bad.csv", "station,time,pm25,pm10,so2,no2,co,o3\nA,2022-01-01 00:00,-1,20,5,10,0.5,50\nZ,2022-01-01 00:00,1,20,5,10,0.5,50\n"));

        Assert.Equal(2, bad.ExitCode);
        Assert.Equal(
            "luoshi ingest air: bad.csv, line 2, column pm25: expected a concentration of zero or more, found '-1'\n"
            + "luoshi ingest air: bad.csv, line 3, column station: expected a station of the ledger's stations (luoshi stations list), found 'Z'\n"
            + $"luoshi ingest air: nothing was stored from {Path.Combine(_directory, "bad.csv")}\n",
            bad.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void IngestAirAndBind_TwiceStoredOnce_StatusCarriesTheComputedShare()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);
        Assert.Equal(0, Run("stations", "import", Write("stations.csv", "station,name,sets\nA,城中站,城区\nB,东城站,城区\n")).ExitCode);
        var data = new StringBuilder("station,time,pm25,pm10,so2,no2,co,o3\n");
        foreach (var (station, day, pm25) in new[] { ("A", 1, 30), ("B", 1, 30), ("A", 2, 100), ("B", 2, 120), ("A", 5, 70), ("B", 5, 80) })
        {
            for (var h = 0; h < 24; h++)
            {
                data.Append(CultureInfo.InvariantCulture, $"{station},2022-01-{day:00} {h:00}:00,{pm25},20,5,10,0.5,50\n");
            }
        }

        var file = Write("jan.csv", data.ToString());
        var first = Run("ingest", "air", file);
        var again = Run("ingest", "air", file);
        var bound = Run("target", "bind", "T24.1", "air.good-day-share:城区");
        var status = Run("status", "--as-of", "2022-01-06", "--format", "json");

        Assert.Contains("144 row(s) 2022-01-01 00:00 – 2022-01-05 23:00: 144 new, 0 corrected, 0 unchanged", first.Output, StringComparison.Ordinal);
        Assert.Contains("already ingested", again.Output, StringComparison.Ordinal);
        Assert.Equal("T24.1 takes its value from air.good-day-share:城区\n", bound.Output.ReplaceLineEndings("\n"));
        var air = JsonDocument.Parse(status.Output).RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("target").GetString() == "T24.1");
        // 1, 2 and 5 January valid (AQI 43, 144, 100), 3 and 4 without data: 2 of 3 = 66.6667%.
        Assert.Equal(66.6667m, air.GetProperty("actual").GetDecimal());
        // The note is for people, in the reader's language (Chinese unless LUOSHI_LANG says English).
        Assert.StartsWith("城区（2个站点）2022-01-01至2022-01-05：有效天数3天（共5天，无效2天，其中无数据2天）",
            air.GetProperty("computed").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AirSettings_AreaClassAndGoalVersion_SetAuditedAndRefusedWhenWrong()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2026").ExitCode);
        Assert.Equal(0, Run("stations", "import", Write("stations.csv", "station,name,sets\nA,城中站,城区\n")).ExitCode);

        var areaClass = Run("stations", "area-class", "城区", "1");
        var unknown = Run("stations", "area-class", "郊区", "1");
        var wrongClass = Run("stations", "area-class", "城区", "3");
        var goals = Run("plan", "air-goals", "2026");
        var back = Run("plan", "air-goals", "default");
        var audit = Run("audit");

        Assert.Equal((0, "城区：一类区（一级浓度限值）\n"), (areaClass.ExitCode, areaClass.Output.ReplaceLineEndings("\n")));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("没有名为“郊区”的站点或站点组（站点组：城区；站点：A）", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, wrongClass.ExitCode);
        Assert.Equal((0, "四会市 2026：空气质量目标依据 HJ 633-2026\n"), (goals.ExitCode, goals.Output.ReplaceLineEndings("\n")));
        // A 2026 report is adopted before 1 March: by default its goals were written under HJ 633-2012.
        Assert.Equal("四会市 2026：空气质量目标依据 HJ 633-2012（默认）\n", back.Output.ReplaceLineEndings("\n"));
        Assert.Contains("air.area-class", audit.Output, StringComparison.Ordinal);
        Assert.Contains("air.goal-standard", audit.Output, StringComparison.Ordinal);
    }
}
