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
        var table = new Table { Title = new TableTitle(Lang.Pick($"目标进展（截至 {asOf:yyyy-MM-dd}）", $"Status as of {asOf:yyyy-MM-dd}")) }
            .AddColumns(Lang.Pick("目标", "target"), Lang.Pick("内容", "subject"), Lang.Pick("牵头单位", "lead"), Lang.Pick("目标值", "goal"), Lang.Pick("实际", "actual"), Lang.Pick("应达", "expected"), Lang.Pick("预计", "projected"), Lang.Pick("状态", "status"));
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
        console.MarkupLine(Lang.Pick($"共 {rows.Count} 个目标：", $"{rows.Count} targets: ") + string.Join(" · ", counts));
    }

    private static string Goal(TargetStatusRow row) => row.Measure switch
    {
        Measure.Milestone => Lang.Pick("按期完成", "done by the deadline"),
        Measure.BottomLine => "= 0",
        Measure.Direction => row.Comparator == Comparator.AtMost ? Lang.Pick("不高于上年", "≤ last year") : Lang.Pick("不低于上年", "≥ last year"),
        _ when row.Goal is null => "—",
        _ when row.Comparator == Comparator.Between => $"{Number(row.Goal)}–{Number(row.Upper)}{row.Unit}",
        _ => $"{row.Comparator.ToSymbol()} {Number(row.Goal)}{row.Unit}",
    };

    private static string Number(decimal? value) =>
        value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
