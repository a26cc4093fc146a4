using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Spectre.Console;

namespace Luoshi.Cli.Output;

/// <summary>The status of every target as a coloured terminal table, with the counts by status under it: the plan's
/// reading rendered, nothing computed here.</summary>
internal static class StatusTable
{
    public static void Write(IReadOnlyList<TargetReading> targets, DateOnly asOf, IAnsiConsole console)
    {
        var table = new Table { Title = new TableTitle(Lang.Pick($"目标进展（截至 {asOf:yyyy-MM-dd}）", $"Status as of {asOf:yyyy-MM-dd}")) }
            .AddColumns(Lang.Pick("目标", "target"), Lang.Pick("内容", "subject"), Lang.Pick("牵头单位", "lead"), Lang.Pick("目标值", "goal"), Lang.Pick("实际", "actual"), Lang.Pick("应达", "expected"), Lang.Pick("预计", "projected"), Lang.Pick("状态", "status"));
        foreach (var t in targets)
        {
            var e = t.Now;
            table.AddRow(
                new Text(t.Code),
                new Text(t.Target.Subject),
                new Text(t.Task.LeadUnit ?? "—"),
                new Text(t.GoalWords),
                new Text(Number(e.Actual)),
                new Text(Number(e.Expected)),
                new Text(Number(e.Projected)),
                new Markup($"[{StatusLabels.Style(e.Status)}]{Markup.Escape(StatusLabels.Words(e.Status))}[/]"));
        }

        console.Write(table);
        var counts = targets.GroupBy(t => t.Status).OrderBy(g => g.Key)
            .Select(g => $"[{StatusLabels.Style(g.Key)}]{Markup.Escape(StatusLabels.Words(g.Key))}[/] {g.Count()}");
        console.MarkupLine(Lang.Pick($"共 {targets.Count} 个目标：", $"{targets.Count} targets: ") + string.Join(" · ", counts));
    }

    private static string Number(decimal? value) => Catalogue.Number(value) ?? "—";
}
