using Luoshi.Domain.Evaluation;

namespace Luoshi.Domain.Tests.Evaluation;

public sealed class TargetStatusKeyTests
{
    [Theory]
    [InlineData(TargetStatus.Achieved, "achieved")]
    [InlineData(TargetStatus.OnTrack, "on_track")]
    [InlineData(TargetStatus.Behind, "behind")]
    [InlineData(TargetStatus.AtRisk, "at_risk")]
    [InlineData(TargetStatus.Missed, "missed")]
    [InlineData(TargetStatus.NotReported, "not_reported")]
    public void Of_and_Parse_name_each_status_both_ways(TargetStatus status, string key)
    {
        Assert.Equal(key, TargetStatusKey.Of(status));
        Assert.Equal(status, TargetStatusKey.Parse(key));
    }

    [Theory]
    [InlineData("OnTrack")]
    [InlineData("green")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_of_a_name_that_is_no_status_is_null(string? key) => Assert.Null(TargetStatusKey.Parse(key));
}
