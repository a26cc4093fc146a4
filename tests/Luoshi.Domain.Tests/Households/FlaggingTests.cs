using Luoshi.Domain.Households;

namespace Luoshi.Domain.Tests.Households;

public sealed class FlaggingTests
{
    private static readonly DateOnly Today = new(2022, 4, 10);

    [Fact]
    public void FlagOn_IncomeUnderLine_Today() =>
        Assert.Equal(Today, Flagging.FlagOn(MonitoringState.NotMonitored, 5999.99m, 6000m, null, null, Today));

    [Fact]
    public void FlagOn_IncomeAtLine_NotFlagged() =>
        Assert.Null(Flagging.FlagOn(MonitoringState.NotMonitored, 6000m, 6000m, null, null, Today));

    [Fact]
    public void FlagOn_NoLineForTheYear_NotFlagged() =>
        Assert.Null(Flagging.FlagOn(MonitoringState.NotMonitored, 100m, null, null, null, Today));

    [Fact]
    public void FlagOn_Hardship_ItsDay_EvenAboveTheLine() =>
        Assert.Equal(new DateOnly(2022, 3, 28), Flagging.FlagOn(MonitoringState.NotMonitored, 9000m, 6000m, new DateOnly(2022, 3, 28), null, Today));

    [Fact]
    public void FlagOn_BothUnderLineAndHardship_TheEarlierDay() =>
        Assert.Equal(new DateOnly(2022, 3, 28), Flagging.FlagOn(MonitoringState.NotMonitored, 5000m, 6000m, new DateOnly(2022, 3, 28), null, Today));

    [Fact]
    public void FlagOn_Monitored_NeverFlaggedAgain()
    {
        Assert.Null(Flagging.FlagOn(MonitoringState.Identified, 5000m, 6000m, null, null, Today));
        Assert.Null(Flagging.FlagOn(MonitoringState.Assisted, 5000m, 6000m, null, null, Today));
        Assert.Null(Flagging.FlagOn(MonitoringState.Flagged, 5000m, 6000m, null, null, Today));
    }

    [Fact]
    public void FlagOn_Eliminated_OnlyAHardshipAfterTheEliminationCounts()
    {
        var eliminated = new DateOnly(2022, 2, 1);
        Assert.Null(Flagging.FlagOn(MonitoringState.RiskEliminated, 9000m, 6000m, new DateOnly(2022, 1, 5), eliminated, Today));
        Assert.Equal(new DateOnly(2022, 3, 1), Flagging.FlagOn(MonitoringState.RiskEliminated, 9000m, 6000m, new DateOnly(2022, 3, 1), eliminated, Today));
        Assert.Equal(Today, Flagging.FlagOn(MonitoringState.RiskEliminated, 5000m, 6000m, null, eliminated, Today));
    }

    [Fact]
    public void IsLate_FifteenDays_FromTheSixteenthDayAfter()
    {
        var rules = new MonitoringRules(15);
        Assert.False(rules.IsLate(new DateOnly(2022, 4, 1), new DateOnly(2022, 4, 16)));
        Assert.True(rules.IsLate(new DateOnly(2022, 4, 1), new DateOnly(2022, 4, 17)));
    }

    [Fact]
    public void IsUncovered_CoveredOnlyWhileIdentifiedAndAssistedAndNotEliminated()
    {
        var below = new DateOnly(2022, 3, 1);
        Assert.False(Coverage.IsUncovered(below, null, null, null, new DateOnly(2022, 2, 28)));
        Assert.True(Coverage.IsUncovered(below, null, null, null, below));
        Assert.True(Coverage.IsUncovered(below, new DateOnly(2022, 3, 5), null, null, new DateOnly(2022, 3, 31)));
        Assert.False(Coverage.IsUncovered(below, new DateOnly(2022, 3, 5), new DateOnly(2022, 3, 20), null, new DateOnly(2022, 3, 31)));
        Assert.True(Coverage.IsUncovered(below, new DateOnly(2022, 3, 5), new DateOnly(2022, 3, 20), new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 30)));
    }
}
