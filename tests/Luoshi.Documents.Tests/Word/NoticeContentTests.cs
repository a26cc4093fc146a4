using DocumentFormat.OpenXml.Wordprocessing;
using Luoshi.Documents.Word;

namespace Luoshi.Documents.Tests.Word;

/// <summary>The notice of <see cref="NoticeLedger"/>'s plan for 2022Q3, opened with the Open XML SDK, against the values
/// worked out by hand there.</summary>
public sealed class NoticeContentTests(NoticeLedger ledger) : IClassFixture<NoticeLedger>
{
    [Fact]
    public void The_title_names_the_quarter()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        Assert.Equal(["关于2022年第三季度政府工作报告重点任务落实情况的通报"], docx.TextsOfStyle(OfficialStyles.Title));
    }

    [Fact]
    public void The_opening_counts_every_status()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        var body = docx.TextsOfStyle(OfficialStyles.Body).ToList();
        // Tasks: T1 (target at risk) and T3 (target behind) 欠进度, T2 达进度, T4 (nothing sent) 未报送; none assigned
        // through the lifecycle, so none unsigned, closed or extended.
        Assert.Contains("截至2022年9月底，纳入通报的重点任务4项，其中已销号0项、已完成0项、超进度0项、达进度1项、已延期0项、欠进度2项、未报送1项、未签收0项；"
            + "量化目标4个，其中已完成0个、正常1个、滞后1个、严重滞后1个、未完成0个、未报送1个。", body);
        Assert.Contains("绿灯（已完成、正常）1个，占25.0%；黄灯（滞后）1个，占25.0%；红灯（严重滞后、未完成、未报送）2个，占50.0%。", body);
    }

    [Fact]
    public void The_parts_and_sections_are_headed_in_order()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        Assert.Equal(["一、总体情况", "二、各部分推进情况", "三、滞后任务", "四、单位排名", "五、红灯目标走势"], docx.TextsOfStyle(OfficialStyles.Heading1));
        Assert.Equal(["（一）民生", "（二）生态"], docx.TextsOfStyle(OfficialStyles.Heading2));
    }

    [Fact]
    public void Each_task_shows_its_figures_and_latest_approved_progress()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        var body = docx.TextsOfStyle(OfficialStyles.Body).ToList();
        Assert.Contains("1. 年内实现城镇新增就业6千人以上（牵头单位：测试市人力资源和社会保障局）", body);
        Assert.Contains("城镇新增就业：目标6000人以上，累计完成2700人，序时进度4500人，严重滞后。", body);
        Assert.Contains("9月进展情况：9月新增就业300人", body);
        Assert.Contains("幼儿园投入使用：目标按期完成，完成80%，序时进度75%，正常。", body);
        Assert.Contains("空气质量优良率：目标90%以上，当前为85%，序时进度90%，滞后。", body);
        Assert.Contains("新建5G基站：目标50个以上，尚无审核通过的数据，序时进度37.5个，未报送。", body);
        Assert.Contains("进展情况：暂无审核通过的进展情况。", body);
    }

    [Fact]
    public void The_behind_list_names_the_tasks_and_their_lead_units()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        Assert.Equal(
            [
                ["序号", "任务", "滞后目标及状态", "牵头单位"],
                ["1", "T1 年内实现城镇新增就业6千人以上", "城镇新增就业（严重滞后）", NoticeLedger.Rsj],
                ["2", "T3 空气质量优良率达90%以上", "空气质量优良率（滞后）", NoticeLedger.Sthj],
                ["3", "T4 新建5G基站50个以上", "新建5G基站（未报送）", NoticeLedger.Czj],
            ],
            docx.Rows(0));
    }

    [Fact]
    public void The_ranking_puts_on_time_reporting_first_then_green_share()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        Assert.Equal(
            [
                ["名次", "牵头单位", "应报送", "按时报送", "按时报送率", "目标数", "绿灯数", "绿灯率"],
                ["1", NoticeLedger.Jyj, "9", "9", "100.0%", "1", "1", "100.0%"],
                ["2", NoticeLedger.Rsj, "9", "9", "100.0%", "1", "0", "0.0%"],
                ["3", NoticeLedger.Sthj, "9", "0", "0.0%", "1", "0", "0.0%"],
                ["3", NoticeLedger.Czj, "9", "0", "0.0%", "1", "0", "0.0%"],
            ],
            docx.Rows(1));
    }

    [Fact]
    public void Each_red_target_has_its_chart_as_a_picture()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        Assert.Equal(2, docx.Main.ImageParts.Count());
        Assert.Equal(2, docx.Body.Descendants<Drawing>().Count());
        Assert.Equal(["T1.1", "T4.1"], ledger.Notice.RedTargets.Select(h => h.Code));
        Assert.Equal(["图1  T1.1 城镇新增就业（严重滞后）", "图2  T4.1 新建5G基站（未报送）"],
            docx.TextsOfStyle(OfficialStyles.Figure).Where(t => t.Length > 0));
    }

    [Fact]
    public void Body_text_is_fangsong_at_sanhao_and_the_title_xiaobiaosong()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        var styles = docx.Main.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", defaults.FontSize!.Val!.Value);
        RunFonts Fonts(string id) => styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties!.RunFonts!;
        Assert.Equal("仿宋", Fonts(OfficialStyles.Body).EastAsia!.Value);
        Assert.Equal("方正小标宋简体", Fonts(OfficialStyles.Title).EastAsia!.Value);
        Assert.Equal("黑体", Fonts(OfficialStyles.Heading1).EastAsia!.Value);
        Assert.Equal("楷体", Fonts(OfficialStyles.Heading2).EastAsia!.Value);
        // Where 仿宋 is missing, the font table names the face to substitute.
        var fangsong = docx.Main.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "仿宋");
        Assert.Equal("FangSong", fangsong.AltName!.Val!.Value);
        Assert.Equal("86", fangsong.FontCharSet!.Val!.Value);
    }

    [Fact]
    public void The_page_is_a4_with_official_margins()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        var section = docx.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1984, 1588u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal(2, section.Elements<FooterReference>().Count());
    }

    [Fact]
    public void The_notice_is_signed_and_dated()
    {
        using var docx = new NoticeDocx(ledger.Docx);
        var last = docx.Paragraphs.TakeLast(2).Select(p => p.InnerText);
        Assert.Equal(["测试市人民政府督查室", "2022年9月29日"], last);
    }
}
