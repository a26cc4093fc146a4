namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The office files: the units' report template (填报模板), the ledger workbook and the notice.</summary>
    public static class OfficeFiles
    {
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
