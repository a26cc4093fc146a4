using Luoshi.Cli.Output;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Spectre.Console;

namespace Luoshi.Cli.Commands.Tasks;

/// <summary>Every task's status as a coloured terminal table, with the counts under it.</summary>
internal static class TasksTable
{
    public static void Write(IReadOnlyList<TaskReading> tasks, DateOnly asOf, IAnsiConsole console)
    {
        var table = new Table { Title = new TableTitle(Lang.Pick($"任务进展（截至 {asOf:yyyy-MM-dd}）", $"Tasks as of {asOf:yyyy-MM-dd}")) }
            .AddColumns(Lang.Pick("任务", "task"), Lang.Pick("内容", "text"), Lang.Pick("牵头单位", "lead"), Lang.Pick("完成时限", "deadline"), Lang.Pick("状态", "status"), Lang.Pick("说明", "detail"));
        foreach (var t in tasks)
        {
            var deadline = t.DeadlineOn(asOf);
            var shown = t.Lifecycle is { } l && l.OriginalDeadline != deadline
                ? $"{Catalogue.Day(deadline)}（{Lang.Pick("原", "was")} {Catalogue.Day(l.OriginalDeadline)}）" : Catalogue.Day(deadline);
            table.AddRow(
                new Text(t.Code), new Text(Short(t.Task.Text)), new Text(t.Task.LeadUnit ?? "—"), new Text(shown),
                new Markup($"[{Style(t.Status.Kind)}]{Markup.Escape(t.Status.Label)}[/]"), new Text(t.Status.Detail));
        }

        console.Write(table);
        var counts = tasks.GroupBy(t => t.Status.Kind).OrderBy(g => g.Key)
            .Select(g => $"[{Style(g.Key)}]{Markup.Escape(Catalogue.Lifecycle.StatusName(g.Key))}[/] {g.Count()}");
        console.MarkupLine(Lang.Pick($"共 {tasks.Count} 项任务：", $"{tasks.Count} tasks: ") + string.Join(" · ", counts));
    }

    private static string Style(TaskStatusKind kind) => kind switch
    {
        TaskStatusKind.Closed or TaskStatusKind.Done => "bold green",
        TaskStatusKind.Ahead or TaskStatusKind.OnSchedule => "green",
        TaskStatusKind.Extended => "blue",
        TaskStatusKind.Behind => "yellow",
        _ => "bold magenta",
    };

    private static string Short(string text) => text.Length <= 24 ? text : string.Concat(text.AsSpan(0, 24), "…");
}
