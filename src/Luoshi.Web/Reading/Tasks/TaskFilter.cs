using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reading;
using Luoshi.Web.Reading.Lists;

namespace Luoshi.Web.Reading.Tasks;

/// <summary>What the task breakdown is narrowed to and ordered by, as the address carries it (so a filtered list can be
/// shared): a unit (leading or supporting, by name or alias), a section, a target's status, the task's status, the
/// month of its deadline, words in its code, text, leader or targets, where its figures come from; a sort column.</summary>
public sealed record TaskFilter(
    UnitQuery Unit,
    string? Section = null,
    TargetStatus? Status = null,
    TaskStatusKind? Progress = null,
    string? Month = null,
    string? Words = null,
    FigureSource? Source = null,
    string Sort = "code",
    bool Descending = false)
{
    /// <summary>The columns the list sorts by.</summary>
    public static readonly IReadOnlyList<string> Sorts = ["code", "unit", "leader", "deadline", "progress"];

    /// <summary>True when anything narrows the list.</summary>
    public bool Narrows => Unit.Active || Section is not null || Status is not null || Progress is not null || Month is not null || Words is not null || Source is not null;

    /// <summary>The lines that pass, in the order asked (ties by the plan's order).</summary>
    public IReadOnlyList<TaskLine> Apply(IReadOnlyList<TaskLine> lines, IReadOnlyDictionary<string, TaskProgress> statuses)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(statuses);
        var kept = lines
            .Where(l => Unit.MatchesAny(l.SupportingUnits.Prepend(l.LeadUnit)))
            .Where(l => Section is null || l.SectionCode == Section)
            .Where(l => Status is null || l.Targets.Any(t => t.Status == Status))
            .Where(l => Progress is null || (statuses.TryGetValue(l.Code, out var s) && s.Kind == Progress))
            .Where(l => Month is null || l.Deadline.ToString("yyyy-MM", CultureInfo.InvariantCulture) == Month)
            .Where(l => Source is null || l.Targets.Any(t => t.Source == Source))
            .Where(l => Words is null || Says(l, Words))
            .Select((l, i) => (Line: l, Order: i))
            .ToList();
        IEnumerable<(TaskLine Line, int Order)> sorted = Sort switch
        {
            "unit" => Order(kept, x => x.Line.LeadUnit ?? ""),
            "leader" => Order(kept, x => x.Line.Leader ?? ""),
            "deadline" => Order(kept, x => x.Line.Deadline.DayNumber.ToString("D8", CultureInfo.InvariantCulture)),
            "progress" => Order(kept, x => statuses.TryGetValue(x.Line.Code, out var s) ? ((int)s.Kind).ToString("D2", CultureInfo.InvariantCulture) : "99"),
            _ => Descending ? kept.AsEnumerable().Reverse() : kept,
        };
        return [.. sorted.Select(x => x.Line)];
    }

    private IEnumerable<(TaskLine Line, int Order)> Order(List<(TaskLine Line, int Order)> rows, Func<(TaskLine Line, int Order), string> key) =>
        Descending
            ? rows.OrderByDescending(key, StringComparer.Ordinal).ThenBy(x => x.Order)
            : rows.OrderBy(key, StringComparer.Ordinal).ThenBy(x => x.Order);

    private static bool Says(TaskLine line, string words) =>
        line.Code.Contains(words, StringComparison.OrdinalIgnoreCase)
        || line.Text.Contains(words, StringComparison.Ordinal)
        || (line.Leader?.Contains(words, StringComparison.Ordinal) ?? false)
        || (line.WorkItem?.Contains(words, StringComparison.Ordinal) ?? false)
        || line.Targets.Any(t => t.Code.Contains(words, StringComparison.OrdinalIgnoreCase) || t.Subject.Contains(words, StringComparison.Ordinal) || t.Text.Contains(words, StringComparison.Ordinal));

    /// <summary>The machine name of a task status in the address (on_schedule, not_signed…).</summary>
    public static string ProgressKey(TaskStatusKind kind) => TaskStatusKey.Of(kind);

    /// <summary>The task status named <paramref name="key"/>, or null.</summary>
    public static TaskStatusKind? ParseProgress(string? key) =>
        Enum.GetValues<TaskStatusKind>().Cast<TaskStatusKind?>().FirstOrDefault(k => TaskStatusKey.Of(k!.Value) == key);

    /// <summary>The machine name of a figure source in the address (reported, computed).</summary>
    public static string SourceKey(FigureSource source) => source == FigureSource.Computed ? "computed" : "reported";

    /// <summary>The figure source named <paramref name="key"/>, or null.</summary>
    public static FigureSource? ParseSource(string? key) => key switch
    {
        "computed" => FigureSource.Computed,
        "reported" => FigureSource.Reported,
        _ => null,
    };
}
