namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The audit trail read as sentences: who did what when, and what changed
    /// (“张三 于 2022-10-10 08:03 报送了进展报告；本期数值 T16.1 由 600 改为 650”).</summary>
    public static class Audit
    {
        private static readonly Dictionary<string, Words> Verbs = new(StringComparer.Ordinal)
        {
            ["report.create"] = new("起草了进展报告", "drafted the progress report"),
            ["report.update"] = new("修改了进展报告", "changed the progress report"),
            ["report.submit"] = new("报送了进展报告", "submitted the progress report"),
            ["report.approve"] = new("审核通过了进展报告", "approved the progress report"),
            ["report.return"] = new("退回了进展报告", "returned the progress report"),
            ["reminder.create"] = new("发出了催办", "sent a reminder"),
            ["attachment.add"] = new("上传了附件", "attached a file"),
            ["contribution.create"] = new("填报了配合单位进展", "wrote a supporting unit's contribution"),
            ["contribution.update"] = new("修改了配合单位进展", "changed a supporting unit's contribution"),
            ["plan.create"] = new("导入了计划", "imported the plan"),
            ["plan.replace"] = new("重新导入了计划", "imported the plan again"),
            ["plan.update"] = new("修改了计划", "changed the plan"),
            ["task.assign"] = new("调整了任务的责任分工", "changed the task's units, leader or deadline"),
            ["target.update"] = new("修改了目标", "changed the target"),
            ["target.bind"] = new("设置了目标的计算来源", "bound the target to an indicator"),
            ["unit.create"] = new("新增了单位", "added the unit"),
            ["unit.update"] = new("修改了单位", "changed the unit"),
            ["account.create"] = new("创建了账号", "created the account"),
            ["account.disable"] = new("停用了账号", "disabled the account"),
            ["account.enable"] = new("启用了账号", "enabled the account"),
            ["account.password"] = new("修改了账号密码", "changed the account's password"),
            ["account.unlock"] = new("解除了登录暂停", "lifted the sign-in pause"),
            ["progress.import"] = new("导入了进展文件", "imported a progress file"),
            ["household.import"] = new("导入了农户名册", "imported the household register"),
            ["household.view"] = new("查看了农户信息", "viewed a household"),
            ["inbox.read"] = new("阅读了消息", "read a message"),
            ["item.create"] = new("登记了督办事项", "registered a supervised item"),
            ["item.edit"] = new("修改了督办事项", "changed a supervised item"),
            ["items.import"] = new("导入了督办事项文件", "imported a file of supervised items"),
            ["villages.import"] = new("导入了村庄名册", "imported the village register"),
            ["village.update"] = new("修改了村庄信息", "changed a village"),
            ["contacts.import"] = new("导入了联系人名单", "imported the contact list"),
            ["ledger.restore"] = new("恢复了台账备份", "restored the ledger from a backup"),
        };

        private static readonly Dictionary<string, Words> Steps = new(StringComparer.Ordinal)
        {
            ["assign"] = new("交办了任务", "assigned the task"),
            ["sign"] = new("签收了任务", "signed for the task"),
            ["milestones"] = new("报送了节点计划", "sent the milestone plan"),
            ["close"] = new("提出了办结申请", "asked to close the task"),
            ["check"] = new("复核了任务", "checked the task"),
            ["extend"] = new("提出了延期申请", "asked for an extension"),
            ["supervise"] = new("发出了督办单", "sent a supervision notice"),
        };

        /// <summary>What the person did, by the entry's action (report.submit…); an action without words of its own
        /// reads as a change to its kind of record.</summary>
        public static Words Did(string action, string entity)
        {
            ArgumentNullException.ThrowIfNull(action);
            if (Verbs.TryGetValue(action, out var verb))
            {
                return verb;
            }

            if (action.StartsWith("item.", StringComparison.Ordinal) && Steps.TryGetValue(action["item.".Length..], out var itemStep))
            {
                return itemStep;
            }

            if (action.StartsWith("lifecycle.", StringComparison.Ordinal))
            {
                var step = action["lifecycle.".Length..];
                return Steps.TryGetValue(step, out var did) ? did : new("办理了任务的督办流程", "took a step in the task's supervision");
            }

            var what = Record(entity);
            return action.EndsWith(".import", StringComparison.Ordinal) ? new($"导入了{what.Zh}", $"imported {what.En}") : new($"变更了{what.Zh}", $"changed {what.En}");
        }

        /// <summary>A kind of record, as the trail's filter names it.</summary>
        public static Words Record(string entity) => entity switch
        {
            "plan" => new("计划", "the plan"),
            "task" => new("任务", "a task"),
            "target" => new("目标", "a target"),
            "unit" => new("单位", "a unit"),
            "report" => new("进展报告", "a progress report"),
            "progress-file" => new("进展文件", "a progress file"),
            "account" => new("账号", "an account"),
            "api-token" => new("接口令牌", "an API token"),
            "reminder" => new("催办", "a reminder"),
            "attachment" => new("附件", "an attachment"),
            "household" => new("农户信息", "a household"),
            "household-file" => new("农户名册", "the household register"),
            "income-line" => new("收入监测线", "the income line"),
            "monitoring-rules" => new("监测规则", "the monitoring rules"),
            "ledger" => new("台账", "the ledger"),
            _ => new("记录", "a record"),
        };

        /// <summary>The whole sentence: who, when, what, and the changes after a semicolon each.</summary>
        public static Words Sentence(string who, string when, Words did, IReadOnlyList<Words> changes)
        {
            ArgumentNullException.ThrowIfNull(changes);
            var zh = $"{who} 于 {when} {did.Zh}";
            var en = $"{who} {did.En} on {when}";
            return changes.Count == 0 ? new(zh + "。", en + ".")
                : new(zh + "；" + string.Join("；", changes.Select(c => c.Zh)) + "。", en + "; " + string.Join("; ", changes.Select(c => c.En)) + ".");
        }

        /// <summary>A reported value that changed.</summary>
        public static Words ValueChanged(string target, string before, string after) =>
            new($"本期数值 {target} 由 {before} 改为 {after}", $"value {target} changed from {before} to {after}");

        /// <summary>A reported value given for the first time.</summary>
        public static Words ValueGiven(string target, string value) =>
            new($"本期数值 {target} 填为 {value}", $"value {target} given as {value}");

        /// <summary>A text of the report that changed (进展情况…).</summary>
        public static Words TextChanged(Words field) => new($"修改了{field.Zh}", $"changed {field.En}");

        /// <summary>Why the report went back.</summary>
        public static Words Because(string reason) => new($"退回原因：{reason}", $"because: {reason}");

        /// <summary>A field of a record that changed, with its words.</summary>
        public static Words FieldChanged(Words field, string before, string after) =>
            before.Length == 0 ? new($"{field.Zh}设为 {after}", $"{field.En} set to {after}")
            : after.Length == 0 ? new($"清除了{field.Zh}（原为 {before}）", $"{field.En} cleared (was {before})")
            : new($"{field.Zh}由 {before} 改为 {after}", $"{field.En} changed from {before} to {after}");

        /// <summary>Other fields changed, counted.</summary>
        public static Words OtherFields(int count) => new($"另有 {count} 项内容变更", $"{count} more fields changed");

        /// <summary>The words of a field the trail records, or null when it has none (it is then only counted).</summary>
        public static Words? Field(string name) => name switch
        {
            "Progress" => new("进展情况", "the progress"),
            "Problems" => new("存在问题", "the problems"),
            "NextSteps" => new("下一步措施", "the next steps"),
            "Evidence" => new("佐证材料", "the evidence"),
            "Name" => new("名称", "the name"),
            "LeadUnit" => new("牵头单位", "the lead unit"),
            "SupportingUnits" => new("配合单位", "the supporting units"),
            "Leader" => new("责任领导", "the leader"),
            "Deadline" => new("完成时限", "the deadline"),
            "Unit" => new("单位", "the unit"),
            "Note" => new("说明", "the note"),
            "Aliases" => new("简称", "the aliases"),
            "DisplayName" => new("姓名", "the name"),
            "Value" => new("目标值", "the goal"),
            "Upper" => new("上限", "the upper bound"),
            "Public" => new("公开", "public"),
            "Disabled" => new("停用", "disabled"),
            _ => null,
        };
    }
}
