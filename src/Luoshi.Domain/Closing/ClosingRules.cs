using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Closing;

/// <summary>The one home of who may take which closing step in which state. Storage asks it before every write; pages
/// ask it which forms to show.</summary>
public static class ClosingRules
{
    /// <summary>The part that takes <paramref name="step"/>: the lead unit submits and keeps its evidence files, the office
    /// does the rest.</summary>
    public static TaskRole Actor(ClosingStep step) =>
        step is ClosingStep.Submit or ClosingStep.Attach or ClosingStep.Detach ? TaskRole.LeadUnit : TaskRole.Office;

    /// <summary>Who may download an account's evidence files: the office, leaders and the lead unit; to anyone else the
    /// files do not exist (404, as for other records).</summary>
    public static bool MayReadFiles(TaskRole role) => role is TaskRole.Office or TaskRole.Leader or TaskRole.LeadUnit;

    /// <summary>The states of a task's account in which <paramref name="step"/> may be taken.</summary>
    public static IReadOnlyList<ClosingState> StatesFor(ClosingStep step) => step switch
    {
        // Files change with the submission they support: once submitted the office reviews what it sees, once
        // confirmed they are frozen with the result.
        ClosingStep.Submit or ClosingStep.Attach or ClosingStep.Detach => [ClosingState.Pending, ClosingState.Returned],
        ClosingStep.Return or ClosingStep.Confirm => [ClosingState.Submitted],
        ClosingStep.Correct => [ClosingState.Confirmed],
        _ => [],
    };

    /// <summary>Why a caller who is <paramref name="role"/> to a task may not take <paramref name="step"/> on its account
    /// in <paramref name="state"/>, or null when they may. Forbidden for the wrong part, Conflict for the wrong state.</summary>
    public static Problem? Refusal(TaskRole role, ClosingStep step, ClosingState state) =>
        TaskRoles.Refusal(role, Actor(step), part => part switch
        {
            TaskRole.Outsider => Catalogue.Closing.NotYourTask,
            TaskRole.Leader => Catalogue.Closing.LeaderReadsOnly,
            TaskRole.SupportingUnit => Catalogue.Closing.OnlyLeadSubmits,
            _ => Catalogue.Closing.OnlyRole(Actor(step), step),
        }, StatesFor(step).Contains(state), () => state == ClosingState.Confirmed ? Catalogue.Closing.Frozen : Catalogue.Closing.WrongState(step, state));

    /// <summary>The state after <paramref name="step"/>.</summary>
    public static ClosingState After(ClosingStep step, ClosingState state) => step switch
    {
        ClosingStep.Submit => ClosingState.Submitted,
        ClosingStep.Return => ClosingState.Returned,
        ClosingStep.Confirm or ClosingStep.Correct => ClosingState.Confirmed,
        _ => state,
    };

    /// <summary>A result short of 完成 needs its reason.</summary>
    public static bool NeedsReason(ClosingResult result) => result != ClosingResult.Done;
}
