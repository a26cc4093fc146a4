using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Lifecycle;

/// <summary>The one home of who may take which lifecycle step in which stage, and where it leads. Storage asks it
/// before every transition; pages ask it which buttons to show.</summary>
public static class LifecycleRules
{
    /// <summary>The role that takes <paramref name="step"/>: the office decides, the lead unit acts.</summary>
    public static TaskRole Actor(LifecycleStep step) => step switch
    {
        LifecycleStep.Assign or LifecycleStep.ApproveMilestones or LifecycleStep.ReturnMilestones or LifecycleStep.ApproveClose
            or LifecycleStep.ReturnClose or LifecycleStep.GrantExtension or LifecycleStep.RefuseExtension or LifecycleStep.IssueNotice => TaskRole.Office,
        _ => TaskRole.LeadUnit,
    };

    /// <summary>The stages in which <paramref name="step"/> may be taken.</summary>
    public static IReadOnlyList<TaskStage> StagesFor(LifecycleStep step) => step switch
    {
        LifecycleStep.Assign => [TaskStage.Unassigned],
        LifecycleStep.Sign => [TaskStage.Assigned],
        LifecycleStep.ApproveClose or LifecycleStep.ReturnClose => [TaskStage.CloseRequested],
        LifecycleStep.IssueNotice or LifecycleStep.AnswerNotice => [TaskStage.Assigned, TaskStage.UnderWay, TaskStage.CloseRequested],
        LifecycleStep.GrantExtension or LifecycleStep.RefuseExtension or LifecycleStep.ApproveMilestones or LifecycleStep.ReturnMilestones =>
            [TaskStage.UnderWay, TaskStage.CloseRequested],
        _ => [TaskStage.UnderWay],
    };

    /// <summary>Why a person who is <paramref name="role"/> to a task in <paramref name="stage"/> may not take
    /// <paramref name="step"/>, or null when they may.</summary>
    public static Problem? Refusal(TaskRole role, LifecycleStep step, TaskStage stage) =>
        TaskRoles.Refusal(role, Actor(step), part => part switch
        {
            TaskRole.Outsider => Catalogue.Lifecycle.NotYourTask,
            TaskRole.Leader => Catalogue.Lifecycle.LeaderReadsOnly,
            TaskRole.SupportingUnit => Catalogue.Lifecycle.SupportingReadsOnly(step),
            _ => Catalogue.Lifecycle.OnlyRole(Actor(step), step),
        }, StagesFor(step).Contains(stage), () => Catalogue.Lifecycle.WrongStage(step, stage));

    /// <summary>The stage after <paramref name="step"/> is taken in <paramref name="stage"/>.</summary>
    public static TaskStage After(LifecycleStep step, TaskStage stage) => step switch
    {
        LifecycleStep.Assign => TaskStage.Assigned,
        LifecycleStep.Sign => TaskStage.UnderWay,
        LifecycleStep.RequestClose => TaskStage.CloseRequested,
        LifecycleStep.ApproveClose => TaskStage.Closed,
        LifecycleStep.ReturnClose => TaskStage.UnderWay,
        _ => stage,
    };

    /// <summary>True when <paramref name="step"/> undoes an earlier one (a return sends the unit's request back).</summary>
    public static bool Reverses(LifecycleStep step) =>
        step is LifecycleStep.ReturnClose or LifecycleStep.ReturnMilestones or LifecycleStep.RefuseExtension;
}
