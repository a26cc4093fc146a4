using Luoshi.Domain.Assessment;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;

namespace Luoshi.Domain.Tests.Assessment;

/// <summary>The unit assessment against a table worked by hand (default scheme: 完成 100, 基本完成 80, 未完成 50; late
/// report 0.5; red more than 3 periods 2; notices 蓝 1 / 黄 2 / 红 3; extension 1; early 销号 +1; caps 10 and 5), with
/// section S1 weighted 2.
/// <code>
/// unit    tasks                                              base                      −     +   final  rank
/// 人社局  A1 S1 完成, 2 late; A2 S2 基本完成, 黄色督办        (2×100 + 80) ÷ 3 = 93.33   3     0   90.33  1
/// 财政局  D1 S2 基本完成, early 销号                          80                        0     1   81     2
/// 教育局  B1 S2 完成, early; B2 S2 未完成, red T.1, 1 ext.    (100 + 50) ÷ 2 = 75       3     1   73     3
/// 住建局  C1 S1 未完成, 红+蓝 督办, 9 late, 2 red, 2 ext.      50                        14.5→10 0 40     4
/// </code></summary>
public sealed class UnitScoringTests
{
    private static readonly ScoringScheme Scheme = ScoringScheme.Default with { SectionWeights = new Dictionary<string, decimal> { ["S1"] = 2m } };

    private static AssessedTask Task(string code, string unit, string section, ClosingResult? result, int late = 0, string[]? red = null,
        NoticeSeverity[]? notices = null, int extensions = 0, bool early = false) =>
        new(code, unit, section, result, late, red ?? [], notices ?? [], extensions, early);

    [Fact]
    public void Rank_FourUnits_HandWorkedScoresAndEveryPointExplained()
    {
        var ranking = UnitScoring.Rank(
        [
            Task("A1", "人社局", "S1", ClosingResult.Done, late: 2),
            Task("A2", "人社局", "S2", ClosingResult.BasicallyDone, notices: [NoticeSeverity.Yellow]),
            Task("B1", "教育局", "S2", ClosingResult.Done, early: true),
            Task("B2", "教育局", "S2", ClosingResult.NotDone, red: ["B2.1"], extensions: 1),
            Task("C1", "住建局", "S1", ClosingResult.NotDone, late: 9, red: ["C1.1", "C1.2"], notices: [NoticeSeverity.Red, NoticeSeverity.Blue], extensions: 2),
            Task("D1", "财政局", "S2", ClosingResult.BasicallyDone, early: true),
        ], Scheme);

        Assert.Equal(
            [("人社局", 93.33m, 3m, 0m, 90.33m, 1), ("财政局", 80m, 0m, 1m, 81m, 2), ("教育局", 75m, 3m, 1m, 73m, 3), ("住建局", 50m, 10m, 0m, 40m, 4)],
            ranking.Select(s => (s.Unit, s.Base, s.Deducted, s.Added, s.Final, s.Rank)));

        var hr = ranking[0].Lines.Select(l => (l.Task, l.Why.Zh, l.Points));
        Assert.Equal(
        [
            ("A1", "完成，得100分（权重2）", 0m), ("A2", "基本完成，得80分（权重1）", 0m),
            ("A1", "逾期或未报送进展2次，每次扣0.5分", -1m), ("A2", "被下发黄色督办单", -2m),
        ], hr);
        var building = ranking[3].Lines;
        Assert.Equal(-14.5m, building.Where(l => l.Points < 0).Sum(l => l.Points));
        Assert.Equal((null, "扣分合计14.5分，超过上限按10分计", 4.5m), (building[^1].Task, building[^1].Why.Zh, building[^1].Points));
        // Every unit's final is its base plus its lines.
        Assert.All(ranking, s => Assert.Equal(s.Final, s.Base + s.Lines.Sum(l => l.Points)));
    }

    [Fact]
    public void Rank_EqualScores_ShareARank()
    {
        var ranking = UnitScoring.Rank([Task("A1", "甲", "S2", ClosingResult.Done), Task("B1", "乙", "S2", ClosingResult.Done), Task("C1", "丙", "S2", null)], ScoringScheme.Default);
        Assert.Equal([("乙", 1), ("甲", 1), ("丙", 3)], ranking.Select(s => (s.Unit, s.Rank)));
    }
}
