using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Tests.Progress;

public sealed class ReportWorkflowTests
{
    [Theory]
    [InlineData(ReportState.Draft, ReportAction.Submit, ReportState.Submitted)]
    [InlineData(ReportState.Submitted, ReportAction.Approve, ReportState.Approved)]
    [InlineData(ReportState.Submitted, ReportAction.Return, ReportState.Returned)]
    [InlineData(ReportState.Returned, ReportAction.Submit, ReportState.Resubmitted)]
    [InlineData(ReportState.Resubmitted, ReportAction.Approve, ReportState.Approved)]
    [InlineData(ReportState.Resubmitted, ReportAction.Return, ReportState.Returned)]
    public void Apply_AllowedSteps(ReportState from, ReportAction action, ReportState to)
    {
        Assert.Equal(((ReportState?)to, (Problem?)null), ReportWorkflow.Apply(from, action, "数据口径不一致"));
    }

    [Theory]
    [InlineData(ReportState.Draft, ReportAction.Approve, "only a submitted report can be approved; this one is a draft")]
    [InlineData(ReportState.Returned, ReportAction.Return, "only a submitted report can be returned; this one is returned")]
    [InlineData(ReportState.Submitted, ReportAction.Submit, "a report that is submitted cannot be submitted")]
    [InlineData(ReportState.Approved, ReportAction.Return, "the report is approved and can no longer change")]
    [InlineData(ReportState.Approved, ReportAction.Submit, "the report is approved and can no longer change")]
    public void Apply_StepNotAllowed_SaysWhy(ReportState from, ReportAction action, string error)
    {
        var (next, refused) = ReportWorkflow.Apply(from, action, "理由");
        Assert.Equal(((ReportState?)null, error, ProblemKind.Conflict), (next, refused?.Message.En, refused?.Kind));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Apply_ReturnWithoutReason_IsRefused(string? reason)
    {
        var (next, refused) = ReportWorkflow.Apply(ReportState.Submitted, ReportAction.Return, reason);
        Assert.Equal(((ReportState?)null, "退回报告须说明退回原因", "reason"), (next, refused?.Message.Zh, refused?.Place?.Field));
    }

    [Theory]
    [InlineData(ReportState.Draft, false, true)]
    [InlineData(ReportState.Submitted, true, false)]
    [InlineData(ReportState.Returned, false, true)]
    [InlineData(ReportState.Resubmitted, true, false)]
    [InlineData(ReportState.Approved, true, false)]
    public void States_ReportedAndEditable(ReportState state, bool reported, bool editable)
    {
        Assert.Equal((reported, editable), (ReportWorkflow.CountsAsReported(state), ReportWorkflow.IsEditable(state)));
    }
}
