using System.Globalization;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Reminders;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Reminders (催办): what is owed, the messages people receive, the delivery log and the refusals.</summary>
    public static class Reminders
    {
        /// <summary>2026年3月进展报告 / progress report for 2026-03.</summary>
        public static Words ReportOf(ReportingPeriod period)
        {
            ArgumentNullException.ThrowIfNull(period);
            var name = Periods.Name(period);
            return new($"{name.Zh}进展报告", $"progress report for {name.En}");
        }

        /// <summary>The name of a kind of due item, as the rules page and command line show it.</summary>
        public static Words KindName(DueKind kind) => kind switch
        {
            DueKind.Sign => new("交办签收", "sign-off (签收)"),
            DueKind.Milestone => new("节点计划", "milestones"),
            DueKind.NoticeAnswer => new("督办单回复", "督办单 answers"),
            DueKind.ExtensionDecision => new("延期申请审批（督查室）", "extension decisions (the office)"),
            DueKind.Item => new("督办事项办理时限", "supervised items' due days"),
            _ => new("进展报告", "progress reports"),
        };

        /// <summary>The machine name of a kind (report, sign, milestone, notice_answer), as files and links write it.</summary>
        public static string KindKey(DueKind kind) => kind switch
        {
            DueKind.Sign => "sign",
            DueKind.Milestone => "milestone",
            DueKind.NoticeAnswer => "notice_answer",
            DueKind.ExtensionDecision => "extension",
            DueKind.Item => "item",
            _ => "report",
        };

        /// <summary>The kind a machine name names, or null.</summary>
        public static DueKind? KindOf(string? key) => Enum.GetValues<DueKind>().Cast<DueKind?>().FirstOrDefault(k => KindKey(k!.Value) == key?.Trim());

        /// <summary>延期申请（申请延至2022年12月31日）/ the extension request (to 2022-12-31).</summary>
        public static Words ExtensionDecisionOf(DateOnly proposed) => new($"延期申请（申请延至{Day(proposed).Zh}）的审批", $"decision on the extension request (to {Day(proposed).En})");

        /// <summary>督办事项签收 / sign-off of the supervised item.</summary>
        public static Words ItemSignOff { get; } = new("督办事项签收", "sign-off of the supervised item");

        /// <summary>督办事项办结 / completion of the supervised item.</summary>
        public static Words ItemCompletion { get; } = new("督办事项办结", "completion of the supervised item");

        /// <summary>交办任务签收 / sign-off of the assigned task.</summary>
        public static Words SignOff { get; } = new("交办任务签收", "sign-off of the assigned task");

        /// <summary>节点2“完成主体施工” / milestone 2 "…".</summary>
        public static Words MilestoneOf(int number, string title) => new($"节点{number}“{title}”", $"milestone {number} \"{title}\"");

        /// <summary>督办〔2022〕3号的回复 / the answer to 督办〔2022〕3号.</summary>
        public static Words AnswerOf(string notice) => new($"{notice}的回复", $"the answer to {notice}");

        /// <summary>The message's title, as a mail subject or a robot card's heading; an escalation about a task with a
        /// 督办单 goes out in the notice's colour (【红色督办·单位负责人】).</summary>
        public static Words Title(PlannedReminder reminder)
        {
            ArgumentNullException.ThrowIfNull(reminder);
            var (zh, en) = Stage(reminder.Stage);
            if (reminder.Item.Colour is { } colour && reminder.Stage is ReminderStage.EscalateToUnitLeader or ReminderStage.EscalateToLeaderInCharge)
            {
                var name = Lifecycle.SeverityName(colour);
                (zh, en) = ($"{name.Zh}{zh}", $"{name.En} notice: {en}");
            }

            return new($"【{zh}】{reminder.Item.TaskCode} {reminder.Item.What.Zh}", $"[{en}] {reminder.Item.TaskCode} {reminder.Item.What.En}");
        }

        /// <summary>The message: who owes what by when, how late, and the link to the exact page.</summary>
        public static Words Body(PlannedReminder reminder, string link)
        {
            ArgumentNullException.ThrowIfNull(reminder);
            var item = reminder.Item;
            var head = new Words($"{item.Unit}：{item.TaskCode}「{item.Task}」的{item.What.Zh}", $"{item.Unit}: the {item.What.En} of {item.TaskCode} \"{item.Task}\"");
            var prompt = Prompt(reminder);
            return new($"{head.Zh}{prompt.Zh}\n办理：{link}", $"{head.En}{prompt.En}\nOpen: {link}");
        }

        /// <summary>The sentence of the stage: when it is due or how late, and what to do (请按时签收。).</summary>
        public static Words Prompt(PlannedReminder reminder)
        {
            ArgumentNullException.ThrowIfNull(reminder);
            var item = reminder.Item;
            var due = Day(item.Due);
            var n = reminder.DaysLeft.ToString(CultureInfo.InvariantCulture);
            var (verb, act) = item.Kind switch
            {
                DueKind.Sign => ("签收", "sign for it"),
                DueKind.Milestone => ("完成", "complete it"),
                DueKind.NoticeAnswer => ("回复", "answer it"),
                DueKind.ExtensionDecision => ("审批", "decide it"),
                DueKind.Item => ("办结", "complete it"),
                _ => ("报送", "send it"),
            };
            var (zh, en) = reminder.Stage switch
            {
                ReminderStage.Before => ($"将于{due.Zh}到期（还有{n}个工作日），请按时{verb}。", $" is due on {due.En} ({n} working day(s) left); please {act} on time."),
                ReminderStage.OnDay => ($"今天（{due.Zh}）到期，请于今日{verb}。", $" is due today ({due.En}); please {act} today."),
                ReminderStage.Overdue => ($"应于{due.Zh}{verb}，已逾期{n}个工作日，请立即{verb}。", $" was due on {due.En} and is {n} working day(s) overdue; please {act} now."),
                _ => ($"应于{due.Zh}{verb}，已逾期{n}个工作日，请督促落实。", $" was due on {due.En} and is {n} working day(s) overdue; please see that it is done."),
            };
            return new(zh, en);
        }

        /// <summary>A template part left empty.</summary>
        public static Words TemplateEmpty { get; } = new("模板的标题和正文都不能为空", "a template needs both a title and a body");

        /// <summary>A placeholder no reminder fills.</summary>
        public static Words UnknownPlaceholder(string name, IReadOnlyList<string> known) => new(
            $"模板中的占位符 {{{name}}} 不存在；可用的占位符：{string.Join("、", known)}",
            $"the template's placeholder {{{name}}} does not exist; the placeholders are {string.Join(", ", known)}");

        /// <summary>Two templates for one kind.</summary>
        public static Words TemplateTwice { get; } = new("同一类提醒只能有一个模板", "one template per kind of reminder");

        /// <summary>The stage's name: 临近提醒, 到期提醒, 逾期催办, 督办.</summary>
        public static Words StageName(ReminderStage stage)
        {
            var (zh, en) = Stage(stage);
            return new(zh, en);
        }

        /// <summary>The recipient's role in the unit.</summary>
        public static Words Role(RecipientRole role) => role switch
        {
            RecipientRole.Contact => new("联络员", "contact"),
            RecipientRole.UnitLeader => new("单位负责人", "head of unit"),
            _ => new("分管领导", "leader in charge"),
        };

        /// <summary>The channel's name.</summary>
        public static Words Channel(ReminderChannel channel) => channel switch
        {
            ReminderChannel.Inbox => new("站内消息", "inbox"),
            ReminderChannel.Email => new("电子邮件", "e-mail"),
            ReminderChannel.DingTalk => new("钉钉", "DingTalk"),
            ReminderChannel.WeCom => new("企业微信", "WeCom"),
            ReminderChannel.Feishu => new("飞书", "Feishu"),
            _ => new("短信", "SMS"),
        };

        /// <summary>Nothing goes out on a day off.</summary>
        public static Words HeldDayOff { get; } = new("今天不是工作日，不发送提醒", "today is not a working day: no reminders are sent");

        /// <summary>Nothing goes out in the quiet hours.</summary>
        public static Words HeldQuiet(QuietHours quiet)
        {
            ArgumentNullException.ThrowIfNull(quiet);
            var span = $"{quiet.From:HH\\:mm}–{quiet.Until:HH\\:mm}";
            return new($"现在是免打扰时段（{span}），不发送提醒", $"these are the quiet hours ({span}): no reminders are sent");
        }

        /// <summary>A day count out of range.</summary>
        public static Words DaysOutOfRange(int days) => new($"工作日数应为 1 到 60，实际为 {days}", $"expected 1 to 60 working days, found {days}");

        /// <summary>The second escalation must come after the first.</summary>
        public static Words EscalationOrder(int first, int second) => new(
            $"再次督办的天数（{second}）应大于首次督办的天数（{first}）",
            $"the second escalation ({second} days) must come after the first ({first} days)");

        /// <summary>A day listed both as a holiday and as a working weekend day.</summary>
        public static Words HolidayAndWorkday(DateOnly day) => new(
            $"{Day(day).Zh}不能既是节假日又是调休上班日", $"{Day(day).En} cannot be both a holiday and a working weekend day");

        /// <summary>A working weekend day that is no Saturday or Sunday.</summary>
        public static Words WorkdayNotWeekend(DateOnly day) => new(
            $"{Day(day).Zh}不是周末，无需列为调休上班日", $"{Day(day).En} is no weekend day; only Saturdays and Sundays can be working weekend days");

        /// <summary>Rules of a file that are not a rules document.</summary>
        public static Words RulesFileUnreadable(string reason) => new($"不是提醒规则文件：{reason}", $"not a reminder rules file: {reason}");

        /// <summary>A day given as a holiday or working weekend day that is no date.</summary>
        public static Words NotADay(string text) => new($"“{text}”不是日期（应为 YYYY-MM-DD）", $"'{text}' is no date (YYYY-MM-DD)");

        /// <summary>A time of day that is not one.</summary>
        public static Words NotATime(string text) => new($"“{text}”不是时刻（应为 HH:mm，如 20:00）", $"'{text}' is no time of day (HH:mm, e.g. 20:00)");

        /// <summary>Two rules for one kind of item.</summary>
        public static Words RuleTwice { get; } = new("同一类事项只能有一条提醒规则", "one rule per kind of due item");

        /// <summary>A person listed twice in one role of a unit.</summary>
        public static Words ContactTwice(string name, Words role, string unit, int line) => new(
            $"{name}已在第 {line} 行列为{unit}的{role.Zh}", $"{name} is already listed as {role.En} of {unit} on line {line}");

        /// <summary>A person's name cell.</summary>
        public static Words AName { get; } = new("姓名，1 至 50 个字", "the person's name, 1 to 50 characters");

        /// <summary>A role cell.</summary>
        public static Words ARole { get; } = new("联络员、单位负责人或分管领导（contact、unit-leader、leader-in-charge）", "contact, unit-leader or leader-in-charge (联络员、单位负责人、分管领导)");

        /// <summary>An e-mail cell.</summary>
        public static Words AnEmail { get; } = new("电子邮件地址，如 li@example.gov.cn", "an e-mail address such as li@example.gov.cn");

        /// <summary>A mobile number cell.</summary>
        public static Words AMobile { get; } = new("以 1 开头的 11 位手机号码", "an 11-digit mobile number starting with 1");

        /// <summary>Text messages without a number.</summary>
        public static Words SmsNeedsMobile { get; } = new("发送短信需要填写手机号码", "text messages need a mobile number");

        /// <summary>A person no channel reaches.</summary>
        public static Words NoWayToReach { get; } = new(
            "至少需要一种联系方式：邮箱、机器人，或短信加手机号码", "expected at least one way to reach the person: e-mail, a robot, or sms with a mobile number");

        /// <summary>A contact file without rows.</summary>
        public static Words NoContacts { get; } = new("标题行下至少需要一位联系人", "expected at least one contact below the header");

        /// <summary>A delivery's state.</summary>
        public static Words State(string state) => state switch
        {
            "sent" => new("已发送", "sent"),
            "failed" => new("发送失败", "failed"),
            _ => new("待发送", "pending"),
        };

        private static (string Zh, string En) Stage(ReminderStage stage) => stage switch
        {
            ReminderStage.Before => ("临近提醒", "Coming due"),
            ReminderStage.OnDay => ("到期提醒", "Due today"),
            ReminderStage.Overdue => ("逾期催办", "Overdue"),
            ReminderStage.EscalateToUnitLeader => ("督办·单位负责人", "Escalated to the head of unit"),
            _ => ("督办·分管领导", "Escalated to the leader in charge"),
        };

        private static Words Day(DateOnly day) => new($"{day.Year}年{day.Month}月{day.Day}日", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
