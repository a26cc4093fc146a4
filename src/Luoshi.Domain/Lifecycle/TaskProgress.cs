using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Lifecycle;

/// <summary>A task's status as of a day, with what it rests on.</summary>
/// <param name="DaysBehind">For 欠进度: the most days any milestone, report or the deadline is overdue (0 when only a
/// target is behind); for 未签收 past its limit, the days since the limit.</param>
/// <param name="Detail">Why, in one sentence of both languages.</param>
public sealed record TaskProgress(TaskStatusKind Kind, Words Detail, int DaysBehind = 0)
{
    /// <summary>The status's name (已销号, 欠进度…).</summary>
    public Words Name => Catalogue.Lifecycle.StatusName(Kind);

    /// <summary>"欠进度（节点逾期 12 天）": the name with how far, for lists and tables.</summary>
    public Words Label => Kind == TaskStatusKind.Behind && DaysBehind > 0
        ? new($"{Name.Zh}（{DaysBehind} 天）", $"{Name.En} ({DaysBehind} days)")
        : Name;
}
