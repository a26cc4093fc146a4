namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The office files: the units' report template (填报模板), the ledger workbook and the notice.</summary>
    public static class OfficeFiles
    {
        /// <summary>A workbook without the template's sheet.</summary>
        public static Words NoSheet(string sheet) => new($"应有名为“{sheet}”的工作表（与模板一致）", $"expected a sheet named {sheet}, as the template has it");

        /// <summary>A household workbook without a sheet.</summary>
        public static Words NoWorkbook { get; } = new("应为含工作表的 Excel 工作簿（.xlsx）", "expected an Excel workbook (.xlsx) with a sheet");

        /// <summary>A household sheet without the required columns in its first row.</summary>
        public static Words FirstRowLacks(IEnumerable<string> missing, IEnumerable<string> columns)
        {
            var (m, all) = (missing.ToList(), string.Join(',', columns));
            return new($"第一行缺少 {string.Join("、", m)}；应有这些列：{all}", $"the first row lacks {string.Join(", ", m)}; expected the columns {all}");
        }

        /// <summary>A row whose hidden ids were changed.</summary>
        public static Words Checksum { get; } = new(
            "该行隐藏编号（方案、任务、目标、报送期、单位）的校验码不符：有编号被改动；请重新导出模板",
            "expected the checksum of the row's hidden ids (plan, task, target, period, unit): an id was changed; export a new template");

        /// <summary>A template of another plan.</summary>
        public static Words OtherPlan(int id, string region, int year, string found) => new(
            $"应为所选的工作方案 {id}（{region} {year}）；该模板属于工作方案 {found}",
            $"expected plan {id} ({region} {year}), the plan selected; this template is of plan {found}");

        /// <summary>A template of another unit.</summary>
        public static Words OtherUnit(string expected, string found) => new(
            $"应为 {expected} 的模板；该模板属于 {found}", $"expected a template of {expected}; this one is of {found}");

        /// <summary>A row naming what the plan lacks.</summary>
        public static Words NotOfPlan(string task, string target, string period) => new(
            $"应为该工作方案的任务、目标和报送期；实际为 {task} {target} {period}", $"expected a task, target and period of the plan; found {task} {target} {period}");

        /// <summary>A text cell too long.</summary>
        public static Words TextLength(int max, int found) => new($"最多 {max} 个字符，实际为 {found} 个", $"expected at most {max} characters, found {found}");

        /// <summary>A part larger than its whole.</summary>
        public static Words PartOverWhole(string whole) => new(
            $"分子不应大于分母（{whole}），使比例不超过 100%", $"expected a part no larger than its whole ({whole}), so that the share is at most 100%");

        /// <summary>A part without its whole, or the other way.</summary>
        public static Words PartAndWhole { get; } = new("分子和分母应同时填写或同时不填", "expected both the part and the whole, or neither");

        /// <summary>What a value cell accepts.</summary>
        public static Words ValueRange(decimal minimum, decimal maximum, bool unbounded) => unbounded
            ? (minimum == 0m ? new("不小于 0 的数", "a number of at least 0") : new("数字", "a number"))
            : new($"{Number(minimum)} 至 {Number(maximum)} 之间的数", $"a number from {Number(minimum)} to {Number(maximum)}");

        /// <summary>A done-on cell that is no date.</summary>
        public static Words DoneOn(string found) => new($"应为日期，如 2022-09-15，实际为“{found}”", $"expected a date such as 2022-09-15, found '{found}'");

        /// <summary>A filled-in row whose report can no longer change.</summary>
        public static Words NoLongerEditable(Words period) => new(
            $"{period.Zh}的报告应仍可修改；该报告已报送或已审核", $"expected a task whose report for {period.En} can still be changed; it is already submitted or approved");

        /// <summary>A template with no filled-in row.</summary>
        public static Words NothingFilled(int headerRow) => new(
            $"第 {headerRow} 行以下应至少有一行已填写；没有填写任何内容", $"expected at least one filled-in row below row {headerRow}; nothing was filled in");

        /// <summary>A period the plan lacks, for a template.</summary>
        public static Words Period(int periods, string example, string found) => Progress.Period(periods, example, found);

        /// <summary>A unit that leads no task of the plan.</summary>
        public static Words LeadsNothing(string unit, string region, int year) => new(
            $"{unit}在 {region} {year} 年的工作方案中不牵头任何任务", $"{unit} leads no task of the plan of {region} {year}");

        /// <summary>A notice period that is neither form.</summary>
        public static Words NoticePeriodForm(string text) => new(
            $"报送期“{text}”：应为季度（如 2022Q3）或月份（如 2022-09）", $"period '{text}': expected a quarter like 2022Q3 or a month like 2022-09");

        /// <summary>A notice period of another year.</summary>
        public static Words NoticeYear(string text, int year) => new($"报送期“{text}”：该工作方案的年度为 {year}", $"period '{text}': the plan is of {year}");

        /// <summary>A month that is none.</summary>
        public static Words NoMonth(string text, int month) => new($"报送期“{text}”：没有 {month} 月", $"period '{text}': no month {month}");

        /// <summary>A month of a quarterly plan that ends no quarter.</summary>
        public static Words QuarterlyPlan(string text) => new(
            $"报送期“{text}”：该工作方案按季度报送；请给出季度（如 2022Q3）或季末月份",
            $"period '{text}': the plan reports quarterly; give a quarter (2022Q3) or a quarter's last month");
    }
}
