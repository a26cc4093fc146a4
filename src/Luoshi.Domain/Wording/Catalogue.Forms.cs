namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>What the web forms say about what was typed into them.</summary>
    public static class Forms
    {
        /// <summary>The heading over the problems of a refused form.</summary>
        public static Words NothingSaved { get; } = new("未保存，请更正：", "Nothing was saved; please correct:");

        /// <summary>Text where a number belongs.</summary>
        public static Words NotNumber(Words label, string text) => new($"{label.Zh}：“{text}”不是数字。", $"{label.En}: \"{text}\" is not a number.");

        /// <summary>Text where a day belongs.</summary>
        public static Words NotDay(Words label, string text) => new(
            $"{label.Zh}：“{text}”不是日期（应为 YYYY-MM-DD）。", $"{label.En}: \"{text}\" is not a day (YYYY-MM-DD).");

        /// <summary>A ratio without both parts.</summary>
        public static Words RatioNeedsBoth(Words label) => new(
            $"{label.Zh}：比例须同时填写分子和大于 0 的分母。", $"{label.En}: a ratio needs both a part and a whole above 0.");

        /// <summary>A milestone's progress out of 0–100.</summary>
        public static Words ProgressRange(Words label) => new($"{label.Zh}：完成进度应在 0 到 100 之间。", $"{label.En}: progress must be between 0 and 100.");

        /// <summary>A return without its reason.</summary>
        public static Words ReturnNeedsReason { get; } = new("退回时必须写明原因。", "A returned report needs a reason.");

        /// <summary>A label followed by what part of the field it is: 分子 / part.</summary>
        public static Words Part(Words label) => new($"{label.Zh}（分子）", $"{label.En} (part)");

        /// <summary>The whole of a ratio.</summary>
        public static Words Whole(Words label) => new($"{label.Zh}（分母）", $"{label.En} (whole)");

        /// <summary>The day a milestone was done.</summary>
        public static Words DoneOn(Words label) => new($"{label.Zh}（完成日期）", $"{label.En} (done on)");

        /// <summary>A milestone's progress.</summary>
        public static Words ProgressPercent(Words label) => new($"{label.Zh}（完成进度%）", $"{label.En} (progress %)");

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
