namespace Luoshi.ReportParsing.Tests.Robustness;

/// <summary>Any text parses without an exception, and every span still points at its text.</summary>
public sealed class ArbitraryTextTests
{
    private static readonly string Sample = File.ReadAllText(ParsedReport.Fixture("samples/sihui-work-report-excerpt.txt"));

    [Fact]
    public void Parse_EveryPrefixOfTheSample_KeepsSpansConsistent()
    {
        for (var length = 0; length <= Sample.Length; length += 7)
        {
            AssertConsistent(Sample[..length]);
        }
    }

    [Fact]
    public void Parse_SampleCutIntoPiecesAndShuffled_KeepsSpansConsistent()
    {
        var random = new Random(20221231);
        for (var round = 0; round < 50; round++)
        {
            var pieces = Enumerable.Range(0, 12).Select(_ =>
            {
                var start = random.Next(Sample.Length);
                return Sample.Substring(start, Math.Min(random.Next(1, 80), Sample.Length - start));
            });
            AssertConsistent(string.Join(random.Next(2) == 0 ? "\n" : "", pieces));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("。。。；；，，")]
    [InlineData("一、")]
    [InlineData("（一）")]
    [InlineData("“未闭合的引号，增长5%")]
    [InlineData("增长%")]
    [InlineData("1,2,3,4,5")]
    [InlineData("9999999999999999999999999999亿元以上。")]
    [InlineData("一亿亿亿亿亿亿元以上。")]
    [InlineData("99999999999万亿亿元以上。")]
    [InlineData("13月底前完成改造。2月30日前建成。")]
    [InlineData("由，负责。（责任单位：）")]
    public void Parse_OddText_DoesNotThrow(string text)
    {
        AssertConsistent(text);
    }

    private static void AssertConsistent(string text)
    {
        var plan = ParsedReport.Of(text, 2024, ParsedReport.ShippedKeywords());
        foreach (var target in plan.Targets)
        {
            Assert.Equal(target.Text, text.Substring(target.Span.Start, target.Span.Length));
        }

        foreach (var task in plan.Tasks)
        {
            Assert.Equal(task.Text, text.Substring(task.Span.Start, task.Span.Length));
        }
    }
}
