using Luoshi.Domain.Periods;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>How periods are named for people.</summary>
    public static class Periods
    {
        private static readonly string[] QuarterNumerals = ["一", "二", "三", "四"];

        /// <summary>2022年9月 / 2022-09; 2022年第三季度 / 2022 Q3.</summary>
        public static Words Name(ReportingPeriod period)
        {
            ArgumentNullException.ThrowIfNull(period);
            return period.Frequency == ReportingFrequency.Monthly
                ? new($"{period.Year}年{period.Number}月", period.Name)
                : new($"{period.Year}年第{QuarterNumerals[period.Number - 1]}季度", $"{period.Year} Q{period.Number}");
        }

        /// <summary>2022年1月至2022年12月 / 2022-01 to 2022-12: every period of a plan's calendar.</summary>
        public static Words Range(ReportingCalendar calendar)
        {
            ArgumentNullException.ThrowIfNull(calendar);
            var (first, last) = (Name(calendar.Periods[0]), Name(calendar.Periods[^1]));
            return new($"{first.Zh}至{last.Zh}", $"{first.En} to {last.En}");
        }

        /// <summary>按月 / monthly, 按季度 / quarterly.</summary>
        public static Words Frequency(ReportingFrequency frequency) =>
            frequency == ReportingFrequency.Monthly ? new("按月", "monthly") : new("按季度", "quarterly");
    }
}
