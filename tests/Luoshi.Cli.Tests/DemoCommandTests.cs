using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary>The demo ledger: the sample plan with units, assignments and seeded progress, the same on every run.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-demo-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Demo_BuildsALedgerWhereEveryTargetHasALeadAndSeveralStatusesShow()
    {
        var db = Path.Combine(_directory, "demo.db");

        var demo = CliRun.Luoshi("demo", "--db", db);

        Assert.True(demo.ExitCode == 0, demo.Error);
        Assert.Contains("演示数据", demo.Output, StringComparison.Ordinal);
        var targets = Status(db).GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(21, targets.Count);
        Assert.All(targets, t => Assert.False(string.IsNullOrEmpty(t.GetProperty("lead_unit").GetString())));
        var statuses = targets.Select(t => t.GetProperty("status").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "on_track", "behind", "at_risk" }, statuses);
    }

    private static readonly string[] BoundByTheirWords =
    [
        "air.good-day-share:城区", "households.unassisted-fallback:region", "villages.collective-income:region",
        "villages.sewage-coverage:region", "villages.tier-share:美丽宜居村", "water.compliance-rate:省考及以上",
    ];

    [Fact]
    public void Demo_BindsTheMeasurableTargetsToTheirIndicators_AndComputesThemFromTheSeededData()
    {
        var db = Path.Combine(_directory, "demo.db");
        Assert.Equal(0, CliRun.Luoshi("demo", "--db", db).ExitCode);

        var bound = Status(db).GetProperty("targets").EnumerateArray()
            .Where(t => t.TryGetProperty("computed", out var c) && c.ValueKind == JsonValueKind.Object)
            .ToDictionary(t => t.GetProperty("computed").GetProperty("binding").GetString()!);

        Assert.Equal(BoundByTheirWords, bound.Keys.Order(StringComparer.Ordinal));
        var air = bound["air.good-day-share:城区"];
        Assert.InRange(air.GetProperty("actual").GetDouble(), 80, 100);
        Assert.Contains("HJ 633-2012", air.GetProperty("computed").GetProperty("note").GetString(), StringComparison.Ordinal);
        // The three provincial sections meet their class all year; the town drain outside the set does not count.
        Assert.Equal(100, bound["water.compliance-rate:省考及以上"].GetProperty("actual").GetDouble());
        Assert.InRange(bound["villages.tier-share:美丽宜居村"].GetProperty("actual").GetDouble(), 1, 99);
        Assert.InRange(bound["villages.sewage-coverage:region"].GetProperty("actual").GetDouble(), 1, 99);
        Assert.True(bound["villages.collective-income:region"].GetProperty("actual").GetDouble() > 0);
        // One household under the line that nobody identified: the bottom line is red.
        var fallback = bound["households.unassisted-fallback:region"];
        Assert.Equal(1, fallback.GetProperty("actual").GetDouble());
        Assert.Equal("at_risk", fallback.GetProperty("status").GetString());
    }

    [Fact]
    public void Demo_SameSeed_SameLedger_AndAnExistingFileIsOnlyReplacedOnRequest()
    {
        var db = Path.Combine(_directory, "demo.db");
        Assert.Equal(0, CliRun.Luoshi("demo", "--db", db).ExitCode);
        var first = Status(db).GetRawText();

        var refused = CliRun.Luoshi("demo", "--db", db);
        var rebuilt = CliRun.Luoshi("demo", "--db", db, "--reset");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--reset", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, rebuilt.ExitCode);
        Assert.Equal(first, Status(db).GetRawText());
    }

    private static JsonElement Status(string db)
    {
        var status = CliRun.Luoshi("status", "--db", db, "--as-of", "2022-10-10", "--format", "json");
        Assert.True(status.ExitCode == 0, status.Error);
        return JsonDocument.Parse(status.Output).RootElement;
    }
}
