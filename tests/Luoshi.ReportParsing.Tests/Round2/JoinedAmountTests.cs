namespace Luoshi.ReportParsing.Tests.Round2;

/// <summary>Several amounts joined by 、, 和, 及 in one clause, and two rates stated with one amount.</summary>
public sealed class JoinedAmountTests
{
    [Fact]
    public void Parse_TwoAmountsJoinedByHe_GiveTwoTargetsWithTheirOwnSubjects()
    {
        var read = ParsedReport.Read("建成5G基站800个和充电桩300个。");

        Assert.Equal([(800m, ">=", "个", "建成5G基站"), (300m, ">=", "个", "充电桩")], read);
    }

    [Fact]
    public void Parse_CountsWithTheirNounsJoinedByHe_GiveEachItsNoun()
    {
        var read = ParsedReport.Read("加快推进100个服务业重点项目和30个服务业集聚区建设。");

        Assert.Equal(["服务业重点项目", "服务业集聚区建设"], read.Select(r => r.Subject));
        Assert.Equal([100m, 30m], read.Select(r => r.Value!.Value));
    }

    [Fact]
    public void Parse_AmountsJoinedByJi_GiveTwoTargets()
    {
        Assert.Equal([(15m, "公里"), (20m, "座")], ParsedReport.Of("新建污水管网15公里及提升泵站20座。").Targets.Select(t => (t.Value!.Value, t.Unit!)));
    }

    [Fact]
    public void Parse_TwoRatesSharingOneAmount_GiveOneTargetEach()
    {
        var read = ParsedReport.Read("城镇调查失业率和登记失业率稳定在4.3%左右。");

        Assert.Equal([(4.3m, "~", "%", "城镇调查失业率"), (4.3m, "~", "%", "登记失业率")], read);
    }

    [Theory]
    [InlineData("城镇和农村居民人均可支配收入增长7%。")]
    [InlineData("实现困难群众和特殊群体社会工作服务100%全覆盖。")]
    [InlineData("保持绥江断面等3个省考及以上断面水质达标率100%。")]
    public void Parse_OneAmountWithAJoinedSubjectThatIsNotTwoRates_StaysOneTarget(string sentence)
    {
        Assert.Single(ParsedReport.Of(sentence).Targets);
    }

    [Fact]
    public void Parse_MilestoneListedAfterACount_IsFoundBesideIt()
    {
        var plan = ParsedReport.Of("建成凤林北路等6条市政道路、建成子午大道天桥、安装终南大道路灯。");

        Assert.Equal([(Domain.Plans.TargetKind.Count, "建成凤林北路等市政道路"), (Domain.Plans.TargetKind.Milestone, "建成子午大道天桥")],
            plan.Targets.Select(t => (t.Kind, t.Subject)));
    }

    [Fact]
    public void Parse_NamesListedBeforeACount_GiveNoMilestone()
    {
        var target = Assert.Single(ParsedReport.Of("建成市中医院、市第三儿童医院等5个重大医疗项目。").Targets);

        Assert.Equal(5m, target.Value);
    }

    [Fact]
    public void Parse_AmountsJoinedByYiJi_EndTheItemBeforeTheConjunction()
    {
        var read = ParsedReport.Read("举办800场社区电影放映以及300场非遗展演。");

        Assert.Equal([(800m, ">=", "场", "举办社区电影放映"), (300m, ">=", "场", "非遗展演")], read);
    }

    [Fact]
    public void Parse_YiJiBetweenNouns_DoesNotSplitTheAmount()
    {
        var read = ParsedReport.Read("为城区以及乡镇困难家庭安装燃气报警器600户。");

        Assert.Equal([600m], read.Select(r => r.Value!.Value));
    }
}
