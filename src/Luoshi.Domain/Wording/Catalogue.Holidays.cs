namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    public static partial class Lifecycle
    {
        /// <summary>A holiday file without its year line.</summary>
        public static Words HolidayYearMissing { get; } = new("缺少“年份 YYYY”一行", "the line \"年份 YYYY\" (year) is missing");

        /// <summary>A holiday range that ends before it starts or is longer than any holiday.</summary>
        public static Words HolidayRangeWrong(DateOnly from, DateOnly to) => new(
            $"放假起止日期不对：{Day(from)} 至 {Day(to)}（截止日不能早于起始日，一次放假不超过 16 天）",
            $"the days off {Day(from)} to {Day(to)} are not a holiday (the end may not be before the start, at most 16 days)");

        /// <summary>An adjusted working day that is not a weekend.</summary>
        public static Words WorkingWeekendNotWeekend(DateOnly day) => new(
            $"{Day(day)} 不是周末，调休上班日应为周六或周日", $"{Day(day)} is not a weekend; an adjusted working day is a Saturday or Sunday");

        /// <summary>A day of a holiday file that is no date.</summary>
        public static Words HolidayDayWrong(string text) => new(
            $"“{text}”不是日期（应为 YYYY-MM-DD）", $"'{text}' is no date (YYYY-MM-DD)");

        /// <summary>A holiday file that is not there or cannot be read.</summary>
        public static Words HolidayFileMissing { get; } = new("找不到节假日文件", "no such holiday file");

        /// <summary>An empty holiday upload.</summary>
        public static Words HolidayFileEmpty { get; } = new("请选择节假日文件", "choose a holiday file");

        /// <summary>A year the calendar holds no notice for.</summary>
        public static Words HolidayYearUnknown(int year) => new(
            $"工作日历中没有 {year} 年的节假日安排", $"the calendar holds no holiday arrangement for {year}");

        /// <summary>A line that is none of the three kinds.</summary>
        public static Words HolidayLineWrong { get; } = new(
            "应为“年份 YYYY”、“放假 YYYY-MM-DD [YYYY-MM-DD] 名称”或“上班 YYYY-MM-DD 说明”",
            "expected \"年份 YYYY\", \"放假 YYYY-MM-DD [YYYY-MM-DD] name\" or \"上班 YYYY-MM-DD note\"");
    }
}
