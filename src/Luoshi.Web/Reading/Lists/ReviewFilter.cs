using Luoshi.Domain.Plans;

namespace Luoshi.Web.Reading.Lists;

/// <summary>What the review queue and the overdue list are narrowed to, as the address carries it: a unit (by name or
/// alias), a period by its name (2022-09, 2022Q3), words in the task's code or text.</summary>
public sealed record ReviewFilter(UnitQuery Unit, string? Period, string? Words)
{
    /// <summary>The filter of the typed values (blank is none).</summary>
    public static ReviewFilter Of(UnitQuery unit, string? period, string? words) =>
        new(unit, string.IsNullOrWhiteSpace(period) ? null : period.Trim(), string.IsNullOrWhiteSpace(words) ? null : words.Trim());

    /// <summary>True when anything narrows the lists.</summary>
    public bool Narrows => Unit.Active || Period is not null || Words is not null;

    /// <summary>True when a report of <paramref name="taskCode"/> by <paramref name="unit"/> for the period named
    /// <paramref name="periodName"/> passes.</summary>
    public bool Passes(string taskCode, string? unit, string periodName, IReadOnlyDictionary<string, PlanTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return Unit.Matches(unit)
            && (Period is null || periodName == Period)
            && (Words is null || taskCode.Contains(Words, StringComparison.OrdinalIgnoreCase)
                || (tasks.TryGetValue(taskCode, out var t) && t.Text.Contains(Words, StringComparison.Ordinal)));
    }
}
