using Luoshi.Monitoring.Notes;

namespace Luoshi.Monitoring.Tests.Notes;

public sealed class AirRuleWordsTests
{
    [Fact]
    public void AYearBeforeTheRevision_NamesOneStandardAndTheEvaluationRules()
    {
        var words = AirRuleWords.Of(new DateOnly(2022, 1, 1), new DateOnly(2022, 10, 9));

        Assert.Equal(("HJ 633-2012, HJ 663-2013", "HJ 633-2012, HJ 663-2013"), (words.Zh, words.En));
    }

    [Fact]
    public void AYearStraddlingTheFirstOfMarch2026_NamesBothStandardsDayByDayAndTheUnconfirmedReading()
    {
        var words = AirRuleWords.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

        Assert.Equal("2026年2月28日前HJ 633-2012、3月1日起HJ 633-2026（逐日按当日有效标准），HJ 663-2013（HJ 663-2026文本未获得，沿用2013版）", words.Zh);
        Assert.Equal("HJ 633-2012 to 2026-02-28, HJ 633-2026 from 2026-03-01 (each day by the rules in force), HJ 663-2013 (HJ 663-2026 not available: its 2013 reading is kept)", words.En);
    }

    [Fact]
    public void AYearAfterTheRevision_NamesTheNewStandardAndTheUnconfirmedReading()
    {
        var words = AirRuleWords.Of(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));

        Assert.Equal("HJ 633-2026, HJ 663-2013（HJ 663-2026文本未获得，沿用2013版）", words.Zh);
        Assert.Equal("HJ 633-2026, HJ 663-2013 (HJ 663-2026 not available: its 2013 reading is kept)", words.En);
    }
}
