namespace Luoshi.Domain.Progress;

/// <summary>The review workflow's rules: which action is allowed in which state and where it leads.</summary>
public static class ReportWorkflow
{
    /// <summary>The state after <paramref name="action"/> on a report in <paramref name="state"/>, or an error a
    /// person can read when the action is not allowed there.</summary>
    public static (ReportState? Next, string? Error) Apply(ReportState state, ReportAction action, string? reason = null) =>
        (state, action) switch
        {
            (ReportState.Draft, ReportAction.Submit) => (ReportState.Submitted, null),
            (ReportState.Returned, ReportAction.Submit) => (ReportState.Resubmitted, null),
            (ReportState.Submitted or ReportState.Resubmitted, ReportAction.Approve) => (ReportState.Approved, null),
            (ReportState.Submitted or ReportState.Resubmitted, ReportAction.Return) when string.IsNullOrWhiteSpace(reason) =>
                (null, "a returned report needs a reason (退回原因)"),
            (ReportState.Submitted or ReportState.Resubmitted, ReportAction.Return) => (ReportState.Returned, null),
            (ReportState.Approved, _) => (null, "the report is approved and can no longer change"),
            (_, ReportAction.Submit) => (null, $"a report that is {Describe(state)} cannot be submitted"),
            _ => (null, $"only a submitted report can be {(action == ReportAction.Approve ? "approved" : "returned")}; this one is {Describe(state)}"),
        };

    /// <summary>True when the unit may still edit the report's content.</summary>
    public static bool IsEditable(ReportState state) => state is ReportState.Draft or ReportState.Returned;

    /// <summary>True when the unit has done its part for the period (a returned report must be sent again).</summary>
    public static bool CountsAsReported(ReportState state) =>
        state is ReportState.Submitted or ReportState.Resubmitted or ReportState.Approved;

    private static string Describe(ReportState state) => state switch
    {
        ReportState.Draft => "a draft",
        ReportState.Submitted => "submitted",
        ReportState.Returned => "returned",
        ReportState.Resubmitted => "resubmitted",
        ReportState.Approved => "approved",
        _ => state.ToString(),
    };
}
