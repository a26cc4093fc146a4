using Luoshi.Domain.Households;
using Luoshi.Domain.Wording;
using S = Luoshi.Domain.Households.MonitoringState;
using A = Luoshi.Domain.Households.MonitoringAction;

namespace Luoshi.Domain.Tests.Households;

/// <summary>Every state × action of the monitoring state machine: where the allowed ones lead, and that every other
/// one is refused with a reason.</summary>
public sealed class MonitoringWorkflowTests
{
    [Theory]
    [InlineData(S.NotMonitored, A.Flag, S.Flagged)]
    [InlineData(S.RiskEliminated, A.Flag, S.Flagged)]
    [InlineData(S.NotMonitored, A.Identify, S.Identified)]
    [InlineData(S.Flagged, A.Identify, S.Identified)]
    [InlineData(S.RiskEliminated, A.Identify, S.Identified)]
    [InlineData(S.Flagged, A.Dismiss, S.NotMonitored)]
    [InlineData(S.Identified, A.Assist, S.Assisted)]
    [InlineData(S.Assisted, A.Assist, S.Assisted)]
    [InlineData(S.Assisted, A.Eliminate, S.RiskEliminated)]
    public void Apply_Allowed_LeadsTo(S state, A action, S next) => Assert.Equal((next, (Words?)null), MonitoringWorkflow.Apply(state, action));

    [Fact]
    public void Apply_EveryOtherPair_RefusedWithAReason()
    {
        var allowed = 0;
        foreach (var state in Enum.GetValues<S>())
        {
            foreach (var action in Enum.GetValues<A>())
            {
                var (next, error) = MonitoringWorkflow.Apply(state, action);
                Assert.True(next is null != (error is null), $"{state} {action}");
                allowed += next is null ? 0 : 1;
            }
        }

        Assert.Equal(9, allowed);
    }

    [Fact]
    public void Apply_EliminateWithoutMeasure_SaysWhy() =>
        Assert.Equal("the household has no assistance measure yet; a risk is eliminated after assistance", MonitoringWorkflow.Apply(S.Identified, A.Eliminate).Error?.En);

    [Fact]
    public void Apply_DismissIdentified_SaysOnlyFlagged() =>
        Assert.Equal("只有待识别的户可以排除；该户为已识别", MonitoringWorkflow.Apply(S.Identified, A.Dismiss).Error?.Zh);
}
