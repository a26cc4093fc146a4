using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Tests.Plans;

public sealed class SourceSpanTests
{
    [Fact]
    public void Union_TwoSeparateSpans_CoversBothAndTheGap()
    {
        Assert.Equal(new SourceSpan(10, 25), new SourceSpan(20, 15).Union(new SourceSpan(10, 5)));
    }

    [Fact]
    public void End_IsStartPlusLength()
    {
        Assert.Equal(42, new SourceSpan(40, 2).End);
    }
}
