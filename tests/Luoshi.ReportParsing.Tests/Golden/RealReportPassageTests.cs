using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Tests.Golden;

/// <summary>Passages from other real reports (national, provincial, city; one in Traditional characters), every
/// target worked out by hand from the text. Sources: Fixtures/reports/SOURCES.md.</summary>
public sealed class RealReportPassageTests
{
    private static decimal? None => null;

    [Fact]
    public void Parse_National2023Targets_FindsEachStatedTargetAndTheDirectionOfEnergyUse()
    {
        AssertTargets("national-2023-targets.txt", 2023,
        [
            ("国内生产总值增长5%左右", TargetKind.Growth, Comparator.About, 5m, None, "%", "国内生产总值"),
            ("城镇新增就业1200万人左右", TargetKind.Numeric, Comparator.About, 12_000_000m, None, "人", "城镇新增就业"),
            ("城镇调查失业率5.5%左右", TargetKind.Numeric, Comparator.About, 5.5m, None, "%", "城镇调查失业率"),
            ("居民消费价格涨幅3%左右", TargetKind.Numeric, Comparator.About, 3m, None, "%", "居民消费价格涨幅"),
            ("粮食产量保持在1.3万亿斤以上", TargetKind.Numeric, Comparator.AtLeast, 1_300_000_000_000m, None, "斤", "粮食产量"),
            ("单位国内生产总值能耗和主要污染物排放量继续下降", TargetKind.Direction, Comparator.AtMost, None, None, null,
                "单位国内生产总值能耗和主要污染物排放量"),
        ]);
    }

    [Fact]
    public void Parse_National2023TargetsInTraditionalCharacters_FindsTheSameTargetsInTheReportsOwnCharacters()
    {
        AssertTargets("national-2023-targets-traditional.txt", 2023,
        [
            ("國內生產總值增長5%左右", TargetKind.Growth, Comparator.About, 5m, None, "%", "國內生產總值"),
            ("城鎮新增就業1200萬人左右", TargetKind.Numeric, Comparator.About, 12_000_000m, None, "人", "城鎮新增就業"),
            ("城鎮調查失業率5.5%左右", TargetKind.Numeric, Comparator.About, 5.5m, None, "%", "城鎮調查失業率"),
            ("居民消費價格漲幅3%左右", TargetKind.Numeric, Comparator.About, 3m, None, "%", "居民消費價格漲幅"),
            ("糧食產量保持在1.3萬億斤以上", TargetKind.Numeric, Comparator.AtLeast, 1_300_000_000_000m, None, "斤", "糧食產量"),
            ("單位國內生產總值能耗和主要污染物排放量繼續下降", TargetKind.Direction, Comparator.AtMost, None, None, null,
                "單位國內生產總值能耗和主要污染物排放量"),
        ]);
    }

    [Fact]
    public void Parse_National2026Targets_ReadsTheGrowthRangeAndTheSignedReduction()
    {
        AssertTargets("national-2026-targets.txt", 2026,
        [
            ("经济增长4.5%-5%", TargetKind.Growth, Comparator.Between, 4.5m, 5m, "%", "经济"),
            ("城镇调查失业率5.5%左右", TargetKind.Numeric, Comparator.About, 5.5m, None, "%", "城镇调查失业率"),
            ("城镇新增就业1200万人以上", TargetKind.Numeric, Comparator.AtLeast, 12_000_000m, None, "人", "城镇新增就业"),
            ("居民消费价格涨幅2%左右", TargetKind.Numeric, Comparator.About, 2m, None, "%", "居民消费价格涨幅"),
            ("粮食产量1.4万亿斤左右", TargetKind.Numeric, Comparator.About, 1_400_000_000_000m, None, "斤", "粮食产量"),
            ("单位国内生产总值二氧化碳排放降低3.8%左右", TargetKind.Growth, Comparator.About, -3.8m, None, "%", "单位国内生产总值二氧化碳排放"),
        ]);
    }

    [Fact]
    public void Parse_Shandong2016Targets_SplitsTheRespectiveTargetsAndReadsThePriceRiseAsACeiling()
    {
        AssertTargets("shandong-2016-targets.txt", 2016,
        [
            ("地区生产总值增长7.5%-8%", TargetKind.Growth, Comparator.Between, 7.5m, 8m, "%", "地区生产总值"),
            ("地方一般公共预算收入增长8.5%", TargetKind.Growth, Comparator.AtLeast, 8.5m, None, "%", "地方一般公共预算收入"),
            ("城镇新增就业110万人", TargetKind.Count, Comparator.AtLeast, 1_100_000m, None, "人", "城镇新增就业"),
            ("城镇登记失业率控制在4%以内", TargetKind.Numeric, Comparator.AtMost, 4m, None, "%", "城镇登记失业率"),
            ("城镇和农村居民人均可支配收入分别增长8%和8.5%", TargetKind.Growth, Comparator.AtLeast, 8m, None, "%", "城镇居民人均可支配收入"),
            ("城镇和农村居民人均可支配收入分别增长8%和8.5%", TargetKind.Growth, Comparator.AtLeast, 8.5m, None, "%", "农村居民人均可支配收入"),
            ("居民消费价格上涨3%", TargetKind.Growth, Comparator.AtMost, 3m, None, "%", "居民消费价格"),
            ("常住和户籍人口城镇化率分别达到59%和49%", TargetKind.Share, Comparator.AtLeast, 59m, None, "%", "常住人口城镇化率"),
            ("常住和户籍人口城镇化率分别达到59%和49%", TargetKind.Share, Comparator.AtLeast, 49m, None, "%", "户籍人口城镇化率"),
        ]);
    }

    [Fact]
    public void Parse_Zhejiang2011Targets_ReadsPermilleAndCeilings()
    {
        AssertTargets("zhejiang-2011-targets.txt", 2011,
        [
            ("全省生产总值增长9%左右", TargetKind.Growth, Comparator.About, 9m, None, "%", "全省生产总值"),
            ("地方财政收入增长9%左右", TargetKind.Growth, Comparator.About, 9m, None, "%", "地方财政收入"),
            ("研究与试验发展经费支出占生产总值比重1.9%左右", TargetKind.Numeric, Comparator.About, 1.9m, None, "%",
                "研究与试验发展经费支出占生产总值比重"),
            ("城镇居民人均可支配收入增长9%左右", TargetKind.Growth, Comparator.About, 9m, None, "%", "城镇居民人均可支配收入"),
            ("农村居民人均纯收入增长9%左右", TargetKind.Growth, Comparator.About, 9m, None, "%", "农村居民人均纯收入"),
            ("居民消费价格总水平涨幅控制在4%左右", TargetKind.Numeric, Comparator.About, 4m, None, "%", "居民消费价格总水平涨幅"),
            ("城镇新增就业70万人", TargetKind.Count, Comparator.AtLeast, 700_000m, None, "人", "城镇新增就业"),
            ("城镇登记失业率控制在4%以内", TargetKind.Numeric, Comparator.AtMost, 4m, None, "%", "城镇登记失业率"),
            ("人口自然增长率控制在4.82‰以内", TargetKind.Numeric, Comparator.AtMost, 4.82m, None, "‰", "人口自然增长率"),
        ]);
    }

    [Fact]
    public void Parse_Shenzhen2025Livelihood_GivesEachListedAmountItsOwnSubject()
    {
        AssertTargets("shenzhen-2025-livelihood.txt", 2025,
        [
            ("新改扩建中小学校50所以上", TargetKind.Numeric, Comparator.AtLeast, 50m, None, "所", "新改扩建中小学校"),
            ("建成香港中文大学（深圳）医院、市第三儿童医院等15个重大医疗项目", TargetKind.Count, Comparator.AtLeast, 15m, None, "个",
                "建成香港中文大学（深圳）医院、市第三儿童医院等重大医疗项目"),
            ("新增国家级临床重点专科2个", TargetKind.Count, Comparator.AtLeast, 2m, None, "个", "新增国家级临床重点专科"),
            ("省级临床重点专科10个", TargetKind.Count, Comparator.AtLeast, 10m, None, "个", "省级临床重点专科"),
            ("新增社康机构30家", TargetKind.Count, Comparator.AtLeast, 30m, None, "家", "新增社康机构"),
            ("建设筹集保障性住房4万套（间）", TargetKind.Count, Comparator.AtLeast, 40_000m, None, "套", "建设筹集保障性住房"),
            ("供应分配5万套（间）", TargetKind.Count, Comparator.AtLeast, 50_000m, None, "套", "供应分配"),
            ("完成老旧小区改造100个以上", TargetKind.Numeric, Comparator.AtLeast, 100m, None, "个", "完成老旧小区改造"),
            ("更新改造老旧市政供水管网66公里", TargetKind.Numeric, Comparator.AtLeast, 66m, None, "公里", "更新改造老旧市政供水管网"),
            ("完成100个小区优质饮用水入户", TargetKind.Count, Comparator.AtLeast, 100m, None, "个", "完成小区优质饮用水入户"),
            ("200个小区二次供水设施提标改造", TargetKind.Count, Comparator.AtLeast, 200m, None, "个", "小区二次供水设施提标改造"),
            ("新增停车位10万个", TargetKind.Count, Comparator.AtLeast, 100_000m, None, "个", "新增停车位"),
        ]);
    }

    [Fact]
    public void Parse_Ningbo2012PracticalProjects_ReadsCountsAreasAndRatesButNotTheAgeOfThePopulation()
    {
        AssertTargets("ningbo-2012-practical.txt", 2012,
        [
            ("引进举办高端文化展览、讲座和演出500场", TargetKind.Count, Comparator.AtLeast, 500m, None, "场", "引进举办高端文化展览、讲座和演出"),
            ("组织各类群众文化活动5000场", TargetKind.Count, Comparator.AtLeast, 5000m, None, "场", "组织各类群众文化活动"),
            ("送电影下乡25000场", TargetKind.Count, Comparator.AtLeast, 25_000m, None, "场", "送电影下乡"),
            ("送戏下乡2500场", TargetKind.Count, Comparator.AtLeast, 2500m, None, "场", "送戏下乡"),
            ("乡镇（街道）公共电子阅览室覆盖率达到60%", TargetKind.Share, Comparator.AtLeast, 60m, None, "%", "乡镇（街道）公共电子阅览室覆盖率"),
            ("行政村农家书屋覆盖率达到100%", TargetKind.Coverage, Comparator.Equal, 100m, None, "%", "行政村农家书屋覆盖率"),
            ("更新300条体育健身路径", TargetKind.Count, Comparator.AtLeast, 300m, None, "条", "更新体育健身路径"),
            ("新建各类球场200个", TargetKind.Count, Comparator.AtLeast, 200m, None, "个", "新建各类球场"),
            ("开工建设保障性住房80万平方米", TargetKind.Numeric, Comparator.AtLeast, 800_000m, None, "平方米", "开工建设保障性住房"),
            ("续建200万平方米", TargetKind.Numeric, Comparator.AtLeast, 2_000_000m, None, "平方米", "保障性住房续建"),
            ("解决3500户中低收入家庭的住房困难", TargetKind.Count, Comparator.AtLeast, 3500m, None, "户", "解决中低收入家庭的住房困难"),
            ("完成老小区整治100万平方米", TargetKind.Numeric, Comparator.AtLeast, 1_000_000m, None, "平方米", "完成老小区整治"),
            ("完成农村住房改造2万户", TargetKind.Count, Comparator.AtLeast, 20_000m, None, "户", "完成农村住房改造"),
            ("完成下山移民1500户", TargetKind.Count, Comparator.AtLeast, 1500m, None, "户", "完成下山移民"),
            ("按省定标准新（改、扩）建幼儿园80所", TargetKind.Count, Comparator.AtLeast, 80m, None, "所", "按省定标准新（改、扩）建幼儿园"),
            ("完成新建和加固改造中小学校舍30万平方米", TargetKind.Numeric, Comparator.AtLeast, 300_000m, None, "平方米", "完成新建和加固改造中小学校舍"),
            ("为全市中小学新增纸质图书70万册", TargetKind.Count, Comparator.AtLeast, 700_000m, None, "册", "为全市中小学新增纸质图书"),
            ("电子图书100万册", TargetKind.Count, Comparator.AtLeast, 1_000_000m, None, "册", "电子图书"),
            ("全市60岁以上农村老年人健康体检率达到80%以上", TargetKind.Share, Comparator.AtLeast, 80m, None, "%", "全市60岁以上农村老年人健康体检率"),
            ("电子健康档案规范化建档率达到80%以上", TargetKind.Share, Comparator.AtLeast, 80m, None, "%", "电子健康档案规范化建档率"),
            ("新增机构养老床位2000张", TargetKind.Count, Comparator.AtLeast, 2000m, None, "张", "新增机构养老床位"),
            ("新（扩）建居家养老服务中心（站）200个", TargetKind.Count, Comparator.AtLeast, 200m, None, "个", "新（扩）建居家养老服务中心（站）"),
        ]);
    }

    [Fact]
    public void Parse_Wuxue2023Tasks_ReadsCountsOfNamedProjectsAndTheYearTheyAreFor()
    {
        AssertTargets("wuxue-2023-tasks.txt", 2023,
        [
            ("职教中心园区分校、城东东方红小学和幼儿园、花桥第二小学、梅川实验中学等10所学校新建", TargetKind.Count, Comparator.AtLeast, 10m, None, "所",
                "职教中心园区分校、城东东方红小学和幼儿园、花桥第二小学、梅川实验中学等学校新建"),
            ("完成实验高中、实验三中、鸡公岭中学等6所学校改造", TargetKind.Count, Comparator.AtLeast, 6m, None, "所", "完成实验高中、实验三中、鸡公岭中学等学校改造"),
            ("2023年编制完成321个村庄（社区）“五规合一”规划", TargetKind.Count, Comparator.AtLeast, 321m, None, "个", "编制完成村庄（社区）“五规合一”规划"),
            ("支持100个村创建乡村振兴达标村、示范村", TargetKind.Count, Comparator.AtLeast, 100m, None, "个", "支持村创建乡村振兴达标村、示范村"),
            ("实现近湖、近河、近城110个村生活污水全收集", TargetKind.Count, Comparator.AtLeast, 110m, None, "个", "近湖、近河、近城村生活污水全收集"),
            ("2023年启动7793户老旧小区改造", TargetKind.Count, Comparator.AtLeast, 7793m, None, "户", "启动老旧小区改造"),
            ("完成2.1万余户燃气改造", TargetKind.Numeric, Comparator.AtLeast, 21_000m, None, "户", "完成燃气改造"),
            ("完成100公里“四好农村路”提档升级", TargetKind.Numeric, Comparator.AtLeast, 100m, None, "公里", "完成“四好农村路”提档升级"),
        ]);
    }

    [Fact]
    public void Parse_Taiyuan2020Targets_ReadsTheUrbanAndRuralPairOf城乡()
    {
        AssertTargets("taiyuan-2020-targets.txt", 2020,
        [
            ("地区生产总值增长7%左右", TargetKind.Growth, Comparator.About, 7m, None, "%", "地区生产总值"),
            ("规模以上工业增加值增长7.5%", TargetKind.Growth, Comparator.AtLeast, 7.5m, None, "%", "规模以上工业增加值"),
            ("固定资产投资增长8%", TargetKind.Growth, Comparator.AtLeast, 8m, None, "%", "固定资产投资"),
            ("社会消费品零售总额增长7.5%", TargetKind.Growth, Comparator.AtLeast, 7.5m, None, "%", "社会消费品零售总额"),
            ("一般公共预算收入增长3%", TargetKind.Growth, Comparator.AtLeast, 3m, None, "%", "一般公共预算收入"),
            ("城乡居民人均可支配收入分别增长6.5%和6.5%以上", TargetKind.Growth, Comparator.AtLeast, 6.5m, None, "%", "城镇居民人均可支配收入"),
            ("城乡居民人均可支配收入分别增长6.5%和6.5%以上", TargetKind.Growth, Comparator.AtLeast, 6.5m, None, "%", "农村居民人均可支配收入"),
            ("居民消费价格涨幅控制在3.5%左右", TargetKind.Numeric, Comparator.About, 3.5m, None, "%", "居民消费价格涨幅"),
            ("城镇新增就业8.3万人", TargetKind.Count, Comparator.AtLeast, 83_000m, None, "人", "城镇新增就业"),
            ("城镇登记失业率控制在4.2%以内", TargetKind.Numeric, Comparator.AtMost, 4.2m, None, "%", "城镇登记失业率"),
        ]);
    }

    [Theory]
    [InlineData("wuxue-2023-tasks.txt", 2023)]
    [InlineData("taiyuan-2020-targets.txt", 2020)]
    [InlineData("national-2023-targets.txt", 2023)]
    [InlineData("national-2023-targets-traditional.txt", 2023)]
    [InlineData("national-2026-targets.txt", 2026)]
    [InlineData("shandong-2016-targets.txt", 2016)]
    [InlineData("zhejiang-2011-targets.txt", 2011)]
    [InlineData("shenzhen-2025-livelihood.txt", 2025)]
    [InlineData("ningbo-2012-practical.txt", 2012)]
    public void Parse_RealPassage_EveryTargetSpanIsItsTextAndEveryDeadlineIsTheYearEnd(string file, int year)
    {
        var plan = Parse(file, year);
        var text = File.ReadAllText(ParsedReport.Fixture("reports/" + file));

        Assert.NotEmpty(plan.Targets);
        Assert.All(plan.Targets, t => Assert.Equal(t.Text, text.Substring(t.Span.Start, t.Span.Length)));
        // None names a month: 今年 (stated) and no time at all (assumed) both mean the plan year's end.
        Assert.All(plan.Targets, t => Assert.Equal(new DateOnly(year, 12, 31), t.Deadline));
    }

    [Theory]
    [InlineData("shandong-2016-targets.txt", 2016)]
    [InlineData("zhejiang-2011-targets.txt", 2011)]
    public void InferYear_ProvincialPassage_IsTheYearItsTargetsAreFor(string file, int year)
    {
        Assert.Equal(year, ReportParser.InferYear(File.ReadAllText(ParsedReport.Fixture("reports/" + file))));
    }

    private static PlanDraft Parse(string file, int year) => ParsedReport.OfFixture("reports/" + file, year);

    private static void AssertTargets(
        string file, int year,
        (string Text, TargetKind Kind, Comparator Comparator, decimal? Value, decimal? Upper, string? Unit, string Subject)[] expected)
    {
        var actual = Parse(file, year).Targets
            .Select(t => (t.Text, t.Kind, t.Comparator, t.Value, t.Upper, t.Unit, t.Subject))
            .ToArray();

        Assert.Equal(expected, actual);
    }
}
