namespace Luoshi.Domain.Reminders;

/// <summary>What a unit owes by a day. Reports come first; the supervision lifecycle (签收, milestones, 督办单
/// responses) adds its kinds through its own <see cref="IDueSource"/>.</summary>
public enum DueKind
{
    /// <summary>A task's progress report for one period (进展报送).</summary>
    Report,
}
