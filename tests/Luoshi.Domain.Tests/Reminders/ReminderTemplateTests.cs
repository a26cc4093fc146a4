using Luoshi.Domain.Reminders;

namespace Luoshi.Domain.Tests.Reminders;

/// <summary>The office's message templates: placeholders filled from the reminder, unknown ones refused by name.</summary>
public sealed class ReminderTemplateTests
{
    private static readonly PlannedReminder Sign = new(
        new DueItem(DueKind.Sign, "sign:7:T2", 7, "T2", "深化教育领域综合改革", new("交办任务签收", "sign-off"), "测试市教育局", new DateOnly(2022, 10, 13), "/tasks/T2?plan=7"),
        ReminderStage.Overdue, 0, RecipientRole.Contact, 2);

    [Fact]
    public void Render_ChineseAndEnglishPlaceholders_Filled()
    {
        var template = new ReminderTemplate(DueKind.Sign, "【{阶段}】请{unit}签收{code}", "{单位}：{任务}（{事项}）应于{到期日}完成，已过{days}个工作日。{提示}\n{链接}");

        var (title, body) = template.Render(Sign, "https://dc.example.gov.cn/tasks/T2?plan=7");

        Assert.Empty(template.Check());
        Assert.Equal("【逾期催办】请测试市教育局签收T2", title);
        Assert.Equal(
            "测试市教育局：深化教育领域综合改革（交办任务签收）应于2022年10月13日完成，已过2个工作日。应于2022年10月13日签收，已逾期2个工作日，请立即签收。\nhttps://dc.example.gov.cn/tasks/T2?plan=7",
            body);
    }

    [Fact]
    public void Check_UnknownPlaceholderOrEmptyPart_RefusedNamingIt()
    {
        var problems = new ReminderTemplate(DueKind.Sign, "{负责人}请签收", " ").Check();

        Assert.Equal(["title", "body"], problems.Select(p => p.Place!.Field));
        Assert.StartsWith("模板中的占位符 {负责人} 不存在；可用的占位符：{单位}、{unit}", problems[0].Message.Zh, StringComparison.Ordinal);
        Assert.StartsWith("the template's placeholder {负责人} does not exist", problems[0].Message.En, StringComparison.Ordinal);
        Assert.Equal("模板的标题和正文都不能为空", problems[1].Message.Zh);
        var rules = ReminderRules.Default.WithTemplate(DueKind.Sign, new ReminderTemplate(DueKind.Sign, "{x}", "正文"));
        Assert.Equal("模板中的占位符 {x} 不存在", rules.Check().Single().Message.Zh.Split('；')[0]);
    }
}
