using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Explain;

namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>Every rule and reason --explain can name is worded in Chinese and in English.</summary>
public sealed class ExplainWordsTests
{
    public static TheoryData<ExplainRule> Rules => [.. Enum.GetValues<ExplainRule>()];

    public static TheoryData<DropReason> Reasons => [.. Enum.GetValues<DropReason>()];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Of_EveryRule_HasChineseAndEnglishWords(ExplainRule rule)
    {
        var words = ExplainWords.Of(rule);

        Assert.Contains(words.Zh, c => c is >= '\u4E00' and <= '\u9FFF');
        Assert.NotEqual(rule.ToString(), words.En);
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Of_EveryDropReason_HasChineseAndEnglishWords(DropReason reason)
    {
        var words = ExplainWords.Of(reason);

        Assert.Contains(words.Zh, c => c is >= '\u4E00' and <= '\u9FFF');
        Assert.NotEqual(reason.ToString(), words.En);
    }
}
