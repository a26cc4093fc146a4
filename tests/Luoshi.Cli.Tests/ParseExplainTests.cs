using System.Text.Json;

namespace Luoshi.Cli.Tests;

/// <summary><c>luoshi parse --explain</c> on the sample report: the words behind each target and why other numbers were left.</summary>
public sealed class ParseExplainTests
{
    [Fact]
    public void Parse_JsonWithExplain_GivesEachTargetTheWordsOfItsParts()
    {
        var (code, output, error) = CliRun.Luoshi("parse", CliRun.Sample, "--year", "2022", "--explain");
        using var json = JsonDocument.Parse(output);
        var training = json.RootElement.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("subject").GetString() == "职业技能培训");
        var explain = training.GetProperty("explain");

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(["comparator", "value", "unit", "subject"], explain.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("以上", "word_after"), Words(explain.GetProperty("comparator")));
        Assert.Equal(("2千", "scaled_digits"), Words(explain.GetProperty("value")));
        Assert.Equal(("人次", "unit_after_number"), Words(explain.GetProperty("unit")));
        Assert.Equal("数字后的比较词", explain.GetProperty("comparator").GetProperty("why").GetString());
    }

    [Fact]
    public void Parse_JsonWithExplain_ListsTheNumbersLeftOutWithTheirReason()
    {
        var (_, output, _) = CliRun.Luoshi("parse", CliRun.Sample, "--year", "2022", "--explain");
        using var json = JsonDocument.Parse(output);
        var dropped = json.RootElement.GetProperty("dropped").EnumerateArray().ToList();

        // 保持绥江五马岗断面等3个省考及以上断面水质达标率100%: the 3 says whose rate it is.
        var sections = Assert.Single(dropped, d => d.GetProperty("words").GetString()!.StartsWith("3个", StringComparison.Ordinal));
        Assert.Equal("population", sections.GetProperty("reason").GetString());
        Assert.Equal(["task", "words", "span", "reason", "why"], sections.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Parse_JsonWithoutExplain_HasNeitherExplainNorDropped()
    {
        var (_, output, _) = CliRun.Luoshi("parse", CliRun.Sample, "--year", "2022");
        using var json = JsonDocument.Parse(output);

        Assert.False(json.RootElement.TryGetProperty("dropped", out _));
        Assert.All(json.RootElement.GetProperty("targets").EnumerateArray(), t => Assert.False(t.TryGetProperty("explain", out _)));
    }

    [Fact]
    public void Parse_MarkdownWithExplain_EndsWithTheExplanationTables()
    {
        var (code, output, _) = CliRun.Luoshi("parse", CliRun.Sample, "--year", "2022", "--format", "md", "--explain");

        Assert.Equal(0, code);
        Assert.Contains("## 说明：每个目标从哪些词读出", output, StringComparison.Ordinal);
        Assert.Contains("| 职业技能培训 ≥ 2000人次 | “以上”：数字后的比较词 | “2千”：数字加千、万、亿 | “人次”：数字后的单位 |", output, StringComparison.Ordinal);
        Assert.Contains("## 未作为目标的数字", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MarkdownWithoutExplain_HasNoExplanation()
    {
        var (_, output, _) = CliRun.Luoshi("parse", CliRun.Sample, "--year", "2022", "--format", "md");

        Assert.DoesNotContain("## 说明", output, StringComparison.Ordinal);
    }

    private static (string?, string?) Words(JsonElement evidence) =>
        (evidence.GetProperty("words").GetString(), evidence.GetProperty("rule").GetString());
}
