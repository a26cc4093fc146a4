using System.Text.Json;
using Luoshi.Cli.Commands;

namespace Luoshi.Cli.Tests;

/// <summary>The three output formats of <c>luoshi parse</c> on the sample report.</summary>
public sealed class ParseCommandOutputTests
{
    private static (int Code, string Output, string Error) Parse(string format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ParseCommand.Run(CliRun.Sample, format, 2022, "四会市", null, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_Json_KeepsTheContractFieldNames()
    {
        var (code, output, error) = Parse("json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var share = root.GetProperty("targets").EnumerateArray().First();

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(("四会市", 2022, 21), (root.GetProperty("region").GetString(), root.GetProperty("year").GetInt32(), root.GetProperty("targets").GetArrayLength()));
        Assert.Equal(
            ["id", "task", "text", "kind", "comparator", "value", "upper", "unit", "subject", "deadline", "deadline_stated", "span"],
            share.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(("share", ">=", 60m, "%", "2022-12-31"),
            (share.GetProperty("kind").GetString(), share.GetProperty("comparator").GetString(), share.GetProperty("value").GetDecimal(),
             share.GetProperty("unit").GetString(), share.GetProperty("deadline").GetString()));
        Assert.Equal(["start", "length"], share.GetProperty("span").EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void Run_Json_WritesKindsInSnakeCaseAndComparatorsAsSymbols()
    {
        var (_, output, _) = Parse("json");
        using var json = JsonDocument.Parse(output);
        var targets = json.RootElement.GetProperty("targets").EnumerateArray().ToList();

        Assert.Contains(targets, t => t.GetProperty("kind").GetString() == "bottom_line" && t.GetProperty("comparator").GetString() == "=");
        Assert.Contains(targets, t => t.GetProperty("kind").GetString() == "numeric" && t.GetProperty("comparator").GetString() == "<=");
        Assert.Contains(targets, t => t.GetProperty("kind").GetString() == "milestone" && t.GetProperty("value").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Run_Json_TaskCarriesSuggestedUnits()
    {
        var (_, output, _) = Parse("json");
        using var json = JsonDocument.Parse(output);
        var task = json.RootElement.GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("text").GetString()!.Contains("职业技能培训", StringComparison.Ordinal));

        Assert.Equal(("人力资源和社会保障局", true), (task.GetProperty("lead_unit").GetString(), task.GetProperty("units_suggested").GetBoolean()));
    }

    [Fact]
    public void Run_Markdown_PrintsOneTableRowPerTaskWithItsTargets()
    {
        var (code, output, _) = Parse("md");

        Assert.Equal(0, code);
        Assert.StartsWith("# 任务分解表（草稿）：四会市2022年 · sihui-work-report-excerpt.txt", output, StringComparison.Ordinal);
        Assert.Contains("## 六、坚持发展为了人民,切实保障和发展民生,全力建设肇庆善治之区", output, StringComparison.Ordinal);
        Assert.Contains("| T15 | 切实保障和改善民生 |", output, StringComparison.Ordinal);
        Assert.Contains("职业技能培训 ≥ 2000人次", output, StringComparison.Ordinal);
        Assert.Contains("城镇登记失业率 ≤ 4%", output, StringComparison.Ordinal);
        Assert.Contains("底线：不发生规模性返贫", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Csv_WritesABomHeaderAndOneRowPerTarget()
    {
        var (code, output, _) = Parse("csv");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, code);
        Assert.Equal('\uFEFF', output[0]);
        Assert.Equal("任务编号,部分,工作事项,任务,牵头单位,配合单位,单位来源,目标编号,目标原文,类型,比较,目标值,上限,单位,指标,完成时限,时限来源", lines[0].TrimStart('\uFEFF').TrimEnd('\r'));
        Assert.Contains(lines, l => l.Contains(",T18.2,新增基础教育公办学位1680个,数量,>=,1680,,个,新增基础教育公办学位,2022-12-31,报告", StringComparison.Ordinal));
        // 41 tasks; 21 targets in 17 tasks, so 41 - 17 + 21 rows.
        Assert.Equal(1 + 45, lines.Length);
    }

    [Fact]
    public void Run_Csv_ReportTextThatWouldRunAsAFormulaInExcelStartsWithAnApostrophe()
    {
        var report = Path.Combine(Path.GetTempPath(), $"formula-{Guid.NewGuid():N}.txt");
        File.WriteAllText(report, "2023年政府工作报告\n一、扎实推进乡村振兴\n=HYPERLINK(\"http://x\",\"1\")实施职业技能培训2千人次以上。\n@SUM(A1)完成农村公路建设100公里。\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ParseCommand.Run(report, "csv", 2023, "某县", null, output, error);
        File.Delete(report);

        Assert.Equal(0, code);
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"1\"\")实施职业技能培训2千人次以上\",", rows[0], StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1)完成农村公路建设100公里,", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Contains(",=", StringComparison.Ordinal) || r.Contains(",@", StringComparison.Ordinal));
    }
}
