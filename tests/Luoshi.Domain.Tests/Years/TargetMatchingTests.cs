using Luoshi.Domain.Closing;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Years;

namespace Luoshi.Domain.Tests.Years;

/// <summary>The one rule matching a later year's targets to earlier ones: same indicator first, else same subject
/// (spaces and punctuation left out) and unit; each earlier target once, in the later report's order.</summary>
public sealed class TargetMatchingTests
{
    private static TargetMatching.Key K(string code, string subject, string? unit, string? binding = null) =>
        new(code, subject, unit, IndicatorBinding.TryParse(binding));

    [Fact]
    public void RuleOf_SameIndicatorOrSameSubjectAndUnit()
    {
        Assert.Equal(MatchRule.Indicator, TargetMatching.RuleOf(K("T1", "优良率", "%", "air.good-day-share:城区"), K("T9", "空气质量优良天数比例", "%", "air.good-day-share:城区")));
        Assert.Null(TargetMatching.RuleOf(K("T1", "优良率", "%", "air.good-day-share:城区"), K("T9", "优良率", "%", "air.good-day-share:全市")));
        Assert.Equal(MatchRule.Subject, TargetMatching.RuleOf(K("T1", "“城区” 空气质量优良率", "%"), K("T9", "城区空气质量优良率", "%", "air.good-day-share:城区")));
        Assert.Null(TargetMatching.RuleOf(K("T1", "职业技能培训", "人"), K("T9", "职业技能培训", "人次")));
        Assert.Null(TargetMatching.RuleOf(K("T1", "，", null), K("T9", "。", null)));
    }

    [Fact]
    public void Suggest_IndicatorBeforeSubject_EachEarlierOnce_InReportOrder()
    {
        var later = new[] { K("T1.1", "新增就业", "人"), K("T2.1", "新增就业", "人"), K("T3.1", "优良率", "%", "air.good-day-share:城区") };
        var earlier = new[] { K("T16.1", "新增就业", "人"), K("T24.1", "优良率", "%", "air.good-day-share:城区"), K("T5.1", "优良率", "%") };
        Assert.Equal(
            [new TargetMatching.Match("T1.1", "T16.1", MatchRule.Subject), new TargetMatching.Match("T3.1", "T24.1", MatchRule.Indicator)],
            TargetMatching.Suggest(later, earlier));
    }

    [Fact]
    public void CarryOver_DefaultIsNotDone_RefusesUnconfirmedAndDone()
    {
        Assert.Equal([false, false, true, false], new ClosingResult?[] { null, ClosingResult.Done, ClosingResult.NotDone, ClosingResult.BasicallyDone }.Select(CarryOverRules.ByDefault));
        Assert.Equal("任务 T2 的交账结果尚未确认，不能结转", CarryOverRules.TaskRefusal("T2", null)!.Message.Zh);
        Assert.Equal("任务 T2 已完成，不需结转", CarryOverRules.TaskRefusal("T2", ClosingResult.Done)!.Message.Zh);
        Assert.Null(CarryOverRules.TaskRefusal("T2", ClosingResult.BasicallyDone));
        Assert.Equal(("JZ3", true, false), (CarryOverRules.TaskCode(3), CarryOverRules.IsCarried("JZ3.1"), CarryOverRules.IsCarried("JZX")));
    }
}
