namespace Luoshi.Domain.Lifecycle;

/// <summary>How severe a supervision notice (督办单) is: its colour.</summary>
public enum NoticeSeverity
{
    /// <summary>蓝色: a first warning.</summary>
    Blue,

    /// <summary>黄色: seriously late.</summary>
    Yellow,

    /// <summary>红色: the most serious.</summary>
    Red,
}

/// <summary>A supervision notice (督办单) the office issued about a lagging task, addressed to its lead unit and that
/// unit's leader, with the day by which the unit must answer, and the answer.</summary>
/// <param name="Number">The notice's number (督办〔2022〕3号).</param>
/// <param name="Reason">Why it was issued: the task's status on the day of issue, in words.</param>
public sealed record SupervisionNotice(
    int Id, string Number, NoticeSeverity Severity, DateOnly IssuedOn, string Unit, string? UnitLeader, string Reason,
    DateOnly RespondBy, string? Response = null, DateOnly? RespondedOn = null)
{
    /// <summary>True when answered by <paramref name="day"/>.</summary>
    public bool AnsweredBy(DateOnly day) => RespondedOn is { } d && d <= day;
}

/// <summary>The office's thresholds for a notice's colour: days behind (a late milestone, report or deadline) from
/// which a notice is yellow or red.</summary>
public sealed record NoticeThresholds(int YellowDays = 10, int RedDays = 30)
{
    /// <summary>The thresholds until the office sets its own.</summary>
    public static NoticeThresholds Default { get; } = new();

    /// <summary>The colour of a notice about a task <paramref name="daysBehind"/> days behind; a target at risk or
    /// missed is at least yellow.</summary>
    public NoticeSeverity Of(int daysBehind, bool targetAtRisk) =>
        daysBehind >= RedDays ? NoticeSeverity.Red
        : daysBehind >= YellowDays || targetAtRisk ? NoticeSeverity.Yellow
        : NoticeSeverity.Blue;
}
