using System.Globalization;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of the return-to-poverty register's files.</summary>
    public static class Households
    {
        /// <summary>A household file's row.</summary>
        public static Words Household { get; } = new("农户", "household");

        /// <summary>A household number left empty.</summary>
        public static Words NeedNumber { get; } = new("应填写户编号", "expected the household's number (户编号)");

        /// <summary>A head's name left empty.</summary>
        public static Words NeedHead { get; } = new("应填写户主姓名", "expected the head of household's name (户主姓名)");

        /// <summary>A village code left empty.</summary>
        public static Words NeedVillage { get; } = new("应填写所在村的单位代码", "expected the village's unit code");

        /// <summary>A village code no unit has.</summary>
        public static Words UnknownVillage(string code) => new(
            $"未知的村代码“{code}”：台账中没有该单位（luoshi units import 可添加村）",
            $"unknown village code '{code}': no unit of the ledger has it (luoshi units import adds villages)");

        /// <summary>A code of a unit that is no village.</summary>
        public static Words NotAVillage(string code, Words kind) => new($"单位“{code}”是{kind.Zh}，不是村", $"unit '{code}' is a {kind.En}, not a village");

        /// <summary>A malformed identity number.</summary>
        public static Words NotAnIdentity(string text, string problem) =>
            new($"“{text}”不是身份证号：{problem}", $"'{text}' is not an identity number: {problem}");

        /// <summary>A year out of range.</summary>
        public static Words NotAYear(string text) => new($"应为收入所属年度（2000–2100），实际为“{text}”", $"expected the income's year (2000–2100), found '{text}'");

        /// <summary>An income that is no amount in yuan.</summary>
        public static Words NotAnIncome(string text) => new(
            $"应为人均纯收入（元），不小于 0，最多两位小数（如 6520.50），实际为“{text}”",
            $"expected the per-capita net income in yuan, 0 or more with at most 2 decimals (e.g. 6520.50), found '{text}'");

        /// <summary>A member not written as name/identity number/relation.</summary>
        public static Words Member(int index, string found) => new(
            $"第 {Int(index)} 位成员：应为 姓名/身份证号/关系（王芳/440784199001011234/配偶），实际为“{found}”",
            $"member {Int(index)}: expected name/identity number/relation (王芳/440784199001011234/配偶), found '{found}'");

        /// <summary>A member with a malformed identity number.</summary>
        public static Words MemberId(int index, string name, string text, string problem) => new(
            $"第 {Int(index)} 位成员（{name}）：“{text}”不是身份证号：{problem}",
            $"member {Int(index)} ({name}): '{text}' is not an identity number: {problem}");

        /// <summary>Risk words that are none of the risk types.</summary>
        public static Words UnknownRisk(string found) => new(
            $"风险类型应为 因病、因学、因灾、因意外、因失业、其他，以 | 分隔；实际为“{found}”",
            $"expected risk types separated by | : illness, education, disaster, accident, unemployment, other (因病、因学、因灾、因意外、因失业、其他), found '{found}'");

        /// <summary>A source that is none of the sources.</summary>
        public static Words UnknownSource(string found) => new(
            $"识别来源应为 自主申报、干部排查、部门筛查；实际为“{found}”",
            $"expected application, visit or department (自主申报、干部排查、部门筛查), found '{found}'");

        /// <summary>A later monitoring date without the earlier one.</summary>
        public static Words Needs(string later, string earlier) => new($"填写了 {later} 的农户也应填写 {earlier}", $"a household with {later} needs {earlier} too");

        /// <summary>Monitoring dates out of order.</summary>
        public static Words Before(string later, DateOnly laterDay, string earlier, DateOnly earlierDay) => new(
            $"{later} {Day(laterDay)} 早于 {earlier} {Day(earlierDay)}", $"{later} {Day(laterDay)} is before {earlier} {Day(earlierDay)}");

        /// <summary>A household number given twice in a file.</summary>
        public static Words NumberTwice(string number, Words where) =>
            new($"户编号“{number}”已在{where.Zh}出现", $"household number '{number}' is already on {where.En}");

        /// <summary>A head given twice in a file.</summary>
        public static Words PersonTwice(string masked, Words where) => new(
            $"身份证号 {masked} 已在{where.Zh}出现；一人只能属于一户", $"identity number {masked} is already on {where.En}; a person belongs to one household");

        /// <summary>A member listed twice in a household.</summary>
        public static Words MemberListedTwice(int index) => new($"第 {Int(index)} 位成员在本户中重复", $"member {Int(index)} is listed twice in the household");

        /// <summary>A member who is in another household of the file.</summary>
        public static Words MemberTwice(int index, string masked, Words where) => new(
            $"第 {Int(index)} 位成员的身份证号 {masked} 已在{where.Zh}出现；一人只能属于一户",
            $"member {Int(index)}'s identity number {masked} is already on {where.En}; a person belongs to one household");

        /// <summary>A number the register gives another head.</summary>
        public static Words NumberOfOther(string number, string masked) => new(
            $"户编号“{number}”在登记册中属于另一户（户主 {masked}）",
            $"household number '{number}' belongs to another household in the register (head {masked})");

        /// <summary>An income line for a year the ledger does not keep.</summary>
        public static Words LineYear(int year) => new($"应为 2000 到 2100 之间的年份，实际为 {Int(year)}", $"expected a year from 2000 to 2100, found {Int(year)}");

        /// <summary>An income line that is no amount.</summary>
        public static Words LineAmount(decimal amount) => new(
            $"应为每人每年的收入标准（元），大于 0，最多两位小数，实际为 {amount.ToString(CultureInfo.InvariantCulture)}",
            $"expected the line in yuan per person per year, more than 0 with at most 2 decimals, found {amount.ToString(CultureInfo.InvariantCulture)}");

        /// <summary>A time limit out of range.</summary>
        public static Words TimeLimit(int days) => new(
            $"应为纳入监测后完成识别的天数，1 到 365，实际为 {Int(days)}", $"expected the days to identify a flagged household, 1 to 365, found {Int(days)}");

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
