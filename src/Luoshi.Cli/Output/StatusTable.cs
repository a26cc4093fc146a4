using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;
using Spectre.Console;

namespace Luoshi.Cli.Output;

/// <summary>The status of every target as a coloured terminal table, with the counts by status under it.</summary>
internal static class StatusTable
{
    public static void Write(IReadOnlyList<TargetStatusRow> rows, DateOnly asOf, IAnsiConsole console)
    {
        var table = new Table { Title = new TableTitle($"目标进展 status as of {asOf:yyyy-MM-dd}") }
            .AddColumns("目标 target", "内容 subject", "牵头单位 lead", "目标值 goal", "实际 actual", "应达 expected", "预计 projected", "状态 status");
        foreach (var row in rows)
        {
            var e = row.Evaluation;
            table.AddRow(
                new Text(row.TargetCode),
                new Text(row.Subject),
                new Text(row.LeadUnit ?? "—"),
                new Text(Goal(row)),
                new Text(Number(e.Actual)),
                new Text(Number(e.Expected)),
                new Text(Number(e.Projected)),
                new Markup($"[{StatusLabels.Style(e.Status)}]{Markup.Escape(StatusLabels.Words(e.Status))}[/]"));
        }

        console.Write(table);
        var counts = rows.GroupBy(r => r.Evaluation.Status).OrderBy(g => g.Key)
            .Select(g => $"[{StatusLabels.Style(g.Key)}]{Markup.Escape(StatusLabels.Words(g.Key))}[/] {g.Count()}");
        console.MarkupLine($"{rows.Count} 个目标 targets: {string.Join(" · ", counts)}");
    }

    private static string Goal(TargetStatusRow row) => row.Measure switch
    {
        Measure.Milestone => "按期完成 done",
        Measure.BottomLine => "= 0",
        Measure.Direction => "≥ 上年 last year",
        _ when row.Goal is null => "—",
        _ when row.Comparator == Comparator.Between => $"{Number(row.Goal)}–{Number(row.Upper)}{row.Unit}",
        _ => $"{row.Comparator.ToSymbol()} {Number(row.Goal)}{row.Unit}",
    };

    private static string Number(decimal? value) =>
        value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
