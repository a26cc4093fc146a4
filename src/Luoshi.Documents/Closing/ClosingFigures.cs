using System.Globalization;
using Luoshi.Domain.Closing;

namespace Luoshi.Documents.Closing;

/// <summary>The figures the closing report and workbook state, counted once from the closing reading: tasks by
/// confirmed result, the share done or basically done, and the same by report section.</summary>
public sealed record ClosingFigures(int Tasks, int Done, int BasicallyDone, int NotDone, int Unconfirmed)
{
    /// <summary>The plan's figures.</summary>
    public static ClosingFigures Of(ClosingReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return Of(reading.Tasks);
    }

    /// <summary>The figures of <paramref name="tasks"/>.</summary>
    public static ClosingFigures Of(IReadOnlyCollection<TaskClosing> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return new(tasks.Count, tasks.Count(t => t.Result == ClosingResult.Done), tasks.Count(t => t.Result == ClosingResult.BasicallyDone),
            tasks.Count(t => t.Result == ClosingResult.NotDone), tasks.Count(t => t.Result is null));
    }

    /// <summary>完成 and 基本完成 as a share of all tasks, in percent to one decimal ("83.3").</summary>
    public string DoneShare => Tasks == 0 ? "0" : Math.Round((Done + BasicallyDone) * 100m / Tasks, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Each section's figures, in the plan's order (tasks without a section under 其他).</summary>
    public static IReadOnlyList<(string Section, ClosingFigures Figures)> BySection(ClosingReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return [.. reading.Tasks.GroupBy(t => t.Reading.Section?.Title ?? "其他").Select(g => (g.Key, Of(g.ToList())))];
    }
}
