using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary>The ledger from the command line, as an office would use it: import the report, load the units, assign,
/// report, review, and read the status — against a real SQLite file.</summary>
public sealed class LedgerWorkflowTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-cli-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRun.Luoshi([.. args, "--db", Db, "--as", "督查室王"]);

    private (int ExitCode, string Output, string Error) RunEn(params string[] args) =>
        CliRun.English([.. args, "--db", Db, "--as", "督查室王"]);

    [Fact]
    public void Import_SameReportTwice_StoresItOnce()
    {
        var first = Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022");
        var second = Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("41 tasks, 21 targets", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("unchanged", second.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(21, Status("2022-01-10").GetProperty("targets").GetArrayLength());
    }

    [Fact]
    public void ReportReviewAndStatus_ShowTheHandWorkedValues()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);
        Assert.Equal(0, Run("assign", "T16", "--lead", "人社局", "--support", "财政局", "--leader", "张副市长").ExitCode);
        string[] months = ["2022-01", "2022-02", "2022-03"];
        decimal[] jobs = [400, 500, 600];
        for (var i = 0; i < 3; i++)
        {
            var added = Run("progress", "add", "--task", "T16", "--period", months[i], "--unit", "人社局",
                "--value", $"T16.1={jobs[i]}", "--value", "T16.2=3.8", "--progress", "稳岗就业", "--submit");
            Assert.True(added.ExitCode == 0, added.Error);
            var id = added.Output.Split('#', ' ')[2];
            Assert.Equal(0, Run("progress", "approve", id).ExitCode);
        }

        var targets = Status("2022-04-01").GetProperty("targets").EnumerateArray().ToDictionary(t => t.GetProperty("target").GetString()!);

        // 6000 by year end, three monthly reports past due on 1 April: 6000 × 3/12 = 1500 expected, 400+500+600 reported.
        Assert.Equal(("on_track", 1500m, 1500m), Row(targets["T16.1"]));
        Assert.Equal(("on_track", 3.8m, 4m), Row(targets["T16.2"]));
        // 职业技能培训 (T15) has no report at all: January to March are overdue.
        Assert.Equal("not_reported", targets["T15.1"].GetProperty("status").GetString());
        Assert.Equal([1, 2, 3], targets["T15.1"].GetProperty("overdue_periods").EnumerateArray().Select(p => p.GetInt32()));
    }

    [Fact]
    public void ReturnedReport_NeedsAReasonAndCountsAsNotReported()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);
        Assert.Equal(0, Run("assign", "T16", "--lead", "人社局").ExitCode);
        var added = Run("progress", "add", "--task", "T16", "--period", "2022-01", "--unit", "人社局", "--value", "T16.1=500", "--submit");
        var id = added.Output.Split('#', ' ')[2];

        var noReason = Run("progress", "return", id);
        var returned = Run("progress", "return", id, "--reason", "数据与统计局口径不一致");

        Assert.Equal(2, noReason.ExitCode);
        Assert.Equal(0, returned.ExitCode);
        var t16 = Status("2022-02-01").GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("target").GetString() == "T16.1");
        Assert.Equal("not_reported", t16.GetProperty("status").GetString());
        // The audit trail keeps who returned it and why.
        var audit = Run("audit", "--full").Output;
        Assert.Contains("督查室王", audit, StringComparison.Ordinal);
        Assert.Contains("数据与统计局口径不一致", audit, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitsCsvWithErrors_ListsEachWithLineAndColumnAndStoresNothing()
    {
        var csv = Path.Combine(_directory, "units.csv");
        File.WriteAllText(csv, "code,name,kind,parent,aliases\nSH,四会市,city,,\nD1,财政局,bureau,SH,\nD2,,department,SH,\nT1,大沙镇,town,XX,\n");

        var result = RunEn("units", "import", csv);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("units.csv, line 3, column kind", result.Error, StringComparison.Ordinal);
        Assert.Contains("units.csv, line 4, column name", result.Error, StringComparison.Ordinal);
        Assert.Contains("units.csv, line 5, column parent", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("四会市", Run("units", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_UnknownUnit_IsNamedAndNothingChanges()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);

        var result = Run("assign", "T16", "--lead", "不存在局");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("不存在局", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanSet_DueDayAndThresholds_ChangeTheStatus()
    {
        Assert.Equal(0, Run("import", CliRun.Sample, "--region", "四会市", "--year", "2022").ExitCode);
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);
        Assert.Equal(0, Run("assign", "T16", "--lead", "人社局").ExitCode);
        var added = Run("progress", "add", "--task", "T16", "--period", "2022-01", "--unit", "人社局", "--value", "T16.1=450", "--submit");
        Assert.Equal(0, Run("progress", "approve", added.Output.Split('#', ' ')[2]).ExitCode);
        string? T161() => Status("2022-02-01").GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("target").GetString() == "T16.1").GetProperty("status").GetString();

        // 450 of 6000 / 12 = 500 expected: share 0.9, yellow; with red from 0.95 on, red.
        Assert.Equal("behind", T161());
        Assert.Equal(0, Run("plan", "set", "--red", "0.95").ExitCode);
        Assert.Equal("at_risk", T161());
        Assert.Equal(2, Run("plan", "set").ExitCode);
        Assert.Equal(4, Run("plan", "set", "--cadence", "quarterly").ExitCode); // a report is already in: a conflict
    }

    private JsonElement Status(string asOf)
    {
        var status = Run("status", "--as-of", asOf, "--format", "json");
        Assert.True(status.ExitCode == 0, status.Error);
        return JsonDocument.Parse(status.Output).RootElement;
    }

    private static (string?, decimal, decimal) Row(JsonElement target) =>
        (target.GetProperty("status").GetString(), target.GetProperty("actual").GetDecimal(), target.GetProperty("expected").GetDecimal());
}
