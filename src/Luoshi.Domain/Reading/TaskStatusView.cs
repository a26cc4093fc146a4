using System.Globalization;
using Luoshi.Domain.Lifecycle;

namespace Luoshi.Domain.Reading;

/// <summary>A task's status as scripts read it (<c>luoshi tasks --format json</c>, the API): machine names for the status
/// and stage, days as yyyy-MM-dd, the words in the reader's language. Made from the reading, nothing worked out again.</summary>
public sealed record TaskStatusView(
    string Task, string Status, string StatusName, int DaysBehind, string Detail, string Stage, string? LeadUnit,
    IReadOnlyList<string> SupportingUnits, string Deadline, string? OriginalDeadline, IReadOnlyList<string> Targets,
    string? AssignedOn, string? SignDue, string? SignedOn, IReadOnlyList<MilestoneView> Milestones, string Text)
{
    /// <summary>The view of <paramref name="t"/> as of <paramref name="asOf"/>.</summary>
    public static TaskStatusView Of(TaskReading t, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(t);
        var life = t.Lifecycle is { } l && l.IsAssignedBy(asOf) ? l : null;
        var deadline = t.DeadlineOn(asOf);
        return new(
            t.Code, TaskStatusKey.Of(t.Status.Kind), t.Status.Name, t.Status.DaysBehind, t.Status.Detail, TaskStatusKey.Of(t.Stage),
            t.Task.LeadUnit, t.Task.SupportingUnits, Day(deadline), life is not null && life.OriginalDeadline != deadline ? Day(life.OriginalDeadline) : null,
            [.. t.Targets.Select(x => x.Code)], life is null ? null : Day(life.AssignedOn), life is null ? null : Day(life.SignDue),
            life?.IsSignedBy(asOf) == true ? Day(life.SignedOn!.Value) : null,
            life is null ? [] : [.. life.Milestones.Where(m => m.ProposedOn <= asOf).Select(m => MilestoneView.Of(m, asOf))],
            t.Task.Text);
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A milestone as scripts read it.</summary>
public sealed record MilestoneView(int Number, string Title, string Due, string State, string? DoneOn, string Evidence)
{
    /// <summary>The view of <paramref name="m"/> as of <paramref name="asOf"/>.</summary>
    public static MilestoneView Of(Milestone m, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Number, m.Title, TaskStatusView.Day(m.Due), m.State.ToString().ToLowerInvariant(),
            m.DoneBy(asOf) ? TaskStatusView.Day(m.DoneOn!.Value) : null, m.Evidence);
    }
}
