using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Progress;

/// <summary>The review workflow's rules: which action is allowed in which state and where it leads.</summary>
public static class ReportWorkflow
{
    /// <summary>The state after <paramref name="action"/> on a report in <paramref name="state"/>, or an error a
    /// person can read when the action is not allowed there.</summary>
    public static (ReportState? Next, Problem? Error) Apply(ReportState state, ReportAction action, string? reason = null) =>
        (state, action) switch
        {
            (ReportState.Draft, ReportAction.Submit) => (ReportState.Submitted, null),
            (ReportState.Returned, ReportAction.Submit) => (ReportState.Resubmitted, null),
            (ReportState.Submitted or ReportState.Resubmitted, ReportAction.Approve) => (ReportState.Approved, null),
            (ReportState.Submitted or ReportState.Resubmitted, ReportAction.Return) when string.IsNullOrWhiteSpace(reason) =>
                (null, new Problem(Catalogue.Reports.ReturnNeedsReason, Place.OfField("reason"))),
            (ReportState.Submitted or ReportState.Resubmitted, ReportAction.Return) => (ReportState.Returned, null),
            (ReportState.Approved, _) => (null, Refused(Catalogue.Reports.ApprovedIsFinal)),
            (_, ReportAction.Submit) => (null, Refused(Catalogue.Reports.CannotSubmit(state))),
            _ => (null, Refused(Catalogue.Reports.OnlySubmitted(action, state))),
        };

    // A step the report's state does not allow conflicts with where the report is, not with what the caller typed.
    private static Problem Refused(Words why) => new(why, Kind: ProblemKind.Conflict);

    /// <summary>True when the unit may still edit the report's content.</summary>
    public static bool IsEditable(ReportState state) => state is ReportState.Draft or ReportState.Returned;

    /// <summary>True when the unit has done its part for the period (a returned report must be sent again).</summary>
    public static bool CountsAsReported(ReportState state) =>
        state is ReportState.Submitted or ReportState.Resubmitted or ReportState.Approved;
}
