namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>What the web forms say about what was typed into them.</summary>
    public static class Forms
    {
        /// <summary>The heading over the problems of a refused form.</summary>
        public static Words NothingSaved { get; } = new("未保存，请更正：", "Nothing was saved; please correct:");

        /// <summary>A form sent with an expired or missing security token: nothing done, what was typed kept.</summary>
        public static Words FormExpired { get; } = new(
            "页面打开太久，安全校验已过期，本次未保存：您填写的内容已保留，请检查后再提交一次（附件需重新选择）。",
            "This page was open too long and its security check expired, so nothing was saved: what you typed is kept; check it and send it again (pick any files again).");

        /// <summary>Text where a number belongs.</summary>
        public static Words NotNumber(Words label, string text) => new($"{label.Zh}：“{text}”不是数字。", $"{label.En}: \"{text}\" is not a number.");

        /// <summary>Text where a day belongs.</summary>
        public static Words NotDay(Words label, string text) => new(
            $"{label.Zh}：“{text}”不是日期（应为 YYYY-MM-DD）。", $"{label.En}: \"{text}\" is not a day (YYYY-MM-DD).");

        /// <summary>A field of a target's value that its value rule refuses: the target, the field, the rule's words.</summary>
        public static Words TargetField(Words label, Words field, Words problem) => new(
            $"{label.Zh}（{field.Zh}）：{problem.Zh}", $"{label.En} ({field.En}): {problem.En}");

        /// <summary>A return without its reason.</summary>
        public static Words ReturnNeedsReason { get; } = new("退回时必须写明原因。", "A returned report needs a reason.");

        /// <summary>The day a milestone was done.</summary>
        public static Words DoneOn(Words label) => new($"{label.Zh}（完成日期）", $"{label.En} (done on)");

        /// <summary>A target's goal value.</summary>
        public static Words GoalValue { get; } = new("目标值", "goal value");

        /// <summary>The upper end of a range.</summary>
        public static Words Upper { get; } = new("上限", "upper");

        /// <summary>Last year's value.</summary>
        public static Words Baseline { get; } = new("基数", "baseline");

        /// <summary>An empty uploaded file.</summary>
        public static Words EmptyFile(string name) => new($"{name}：文件是空的。", $"{name}: the file is empty.");

        /// <summary>An uploaded file over the limit.</summary>
        public static Words FileTooLarge(string name, long megabytes) => new(
            $"{name}：文件超过 {megabytes} MB。", $"{name}: the file is larger than {megabytes} MB.");

        /// <summary>A file whose content is not what its extension says.</summary>
        public static Words ContentNotExtension(string name, string extension) => new(
            $"{name}：文件内容与扩展名 {extension} 不符。", $"{name}: the content is not a {extension} file.");

        /// <summary>A file of a kind not accepted.</summary>
        public static Words KindNotAccepted(string name, string kinds) => new($"{name}：只接受 {kinds} 文件。", $"{name}: only {kinds} files are accepted.");

        /// <summary>An upload without a file, or too large a file.</summary>
        public static Words ChooseFile(long megabytes) => new(
            $"请选择 CSV 或 .xlsx 文件（不超过 {megabytes} MB）。", $"Choose a CSV or .xlsx file (at most {megabytes} MB).");
    }
}
