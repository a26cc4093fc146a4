using System.Globalization;
using Luoshi.Domain.Households;

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
        public static Words NotAnIdentity(string text, Words problem) =>
            new($"“{text}”不是身份证号：{problem.Zh}", $"'{text}' is not an identity number: {problem.En}");

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
        public static Words MemberId(int index, string name, string text, Words problem) => new(
            $"第 {Int(index)} 位成员（{name}）：“{text}”不是身份证号：{problem.Zh}",
            $"member {Int(index)} ({name}): '{text}' is not an identity number: {problem.En}");

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

        /// <summary>未纳入监测 / not monitored, 待识别 / flagged for identification, …</summary>
        public static Words State(MonitoringState state) => state switch
        {
            MonitoringState.NotMonitored => new("未纳入监测", "not monitored"),
            MonitoringState.Flagged => new("待识别", "flagged for identification"),
            MonitoringState.Identified => new("已识别", "identified"),
            MonitoringState.Assisted => new("帮扶中", "being assisted"),
            MonitoringState.RiskEliminated => new("风险消除", "risk eliminated"),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };

        /// <summary>What a risks cell or option may hold.</summary>
        public static Words ExpectedRisks { get; } = new(
            "风险类型应为以下之一，多个用 | 分隔：因病、因学、因灾、因意外、因失业、其他（或 illness、education、disaster、accident、unemployment、other）",
            "expected risk types separated by | : illness, education, disaster, accident, unemployment, other (因病、因学、因灾、因意外、因失业、其他)");

        /// <summary>What a source cell or option may hold.</summary>
        public static Words ExpectedSource { get; } = new(
            "识别来源应为自主申报、干部排查或部门筛查（或 application、visit、department）",
            "expected application, visit or department (自主申报、干部排查、部门筛查)");

        /// <summary>A monitoring step the form does not know.</summary>
        public static Words UnknownStep(string step) => new($"未知的监测步骤“{step}”", $"unknown step '{step}'");

        /// <summary>No household answers to the key.</summary>
        public static Problem NoHousehold(string key) => new(new(
            $"监测名册中没有户“{key.Trim()}”（应填户编号或户主身份证号）",
            $"no household '{key.Trim()}' in the register (expected its number or its head's identity number)"), Kind: ProblemKind.NotFound);

        /// <summary>The area filter names no town, subdistrict or village.</summary>
        public static Words NoArea(string code) => new(
            $"没有代码为“{code}”的镇、街道或行政村", $"no town, subdistrict or village with the code '{code}'");

        /// <summary>A refusal about one household.</summary>
        public static Words OfHousehold(string number, Words refusal) => new($"户 {number}：{refusal.Zh}", $"household {number}: {refusal.En}");

        /// <summary>A step dated in the future.</summary>
        public static Words AfterToday(DateOnly on, DateOnly today) => new(
            $"日期 {Day(on)} 晚于今天（{Day(today)}）", $"the date {Day(on)} is after today ({Day(today)})");

        /// <summary>A step dated before the step it follows.</summary>
        public static Words BeforeEarlier(DateOnly on, DateOnly earlier, MonitoringAction action) => action switch
        {
            MonitoringAction.Dismiss => Before(on, earlier, "标记待识别", "it was flagged"),
            MonitoringAction.Assist => Before(on, earlier, "识别", "it was identified"),
            MonitoringAction.Eliminate => Before(on, earlier, "开始帮扶", "its assistance began"),
            _ => Before(on, earlier, "风险消除", "the risk was eliminated"),
        };

        /// <summary>An identification without its source.</summary>
        public static Words IdentifyNeedsSource => new("识别须注明来源：" + ExpectedSource.Zh, "an identification needs its source: " + ExpectedSource.En);

        /// <summary>An identification without a risk type.</summary>
        public static Words IdentifyNeedsRisk { get; } = new("识别须至少选择一种风险类型", "an identification needs at least one risk type");

        /// <summary>A dismissal without the reason.</summary>
        public static Words DismissNeedsReason { get; } = new("排除标记须填写核实后的理由", "a dismissed flag needs the reason found on checking");

        /// <summary>An assistance measure without kind or description.</summary>
        public static Words MeasureNeedsText { get; } = new(
            "帮扶措施须填写类别（产业帮扶、就业帮扶…）和具体内容", "a measure needs its kind (产业帮扶, 就业帮扶…) and what is done");

        /// <summary>Risk elimination while the income is still under the line.</summary>
        public static Words StillUnderLine(int year, decimal income, decimal line) => new(
            $"该户 {year} 年人均纯收入（{Yuan(income)} 元）仍低于当年监测收入标准（{Yuan(line)} 元）",
            $"its per-capita net income of {year} ({Yuan(income)} yuan) is still under that year's line ({Yuan(line)} yuan)");

        /// <summary>An elimination before any assistance.</summary>
        public static Words NoMeasureYet { get; } = new(
            "该户尚无帮扶措施；落实帮扶后才能消除风险", "the household has no assistance measure yet; a risk is eliminated after assistance");

        /// <summary>A flag or identification of a household already in that state or later.</summary>
        public static Words Already(MonitoringState state) => new($"该户已是{State(state).Zh}状态", $"the household is already {State(state).En}");

        /// <summary>A step the state does not allow.</summary>
        public static Words OnlyFrom(MonitoringAction action, MonitoringState state) => action switch
        {
            MonitoringAction.Dismiss => new(
                $"只有待识别的户可以排除；该户为{State(state).Zh}", $"only a flagged household can be dismissed; this one is {State(state).En}"),
            MonitoringAction.Assist => new(
                $"只有已识别的户可以落实帮扶；该户为{State(state).Zh}", $"only an identified household can be assisted; this one is {State(state).En}"),
            _ => new(
                $"只有帮扶中的户可以消除风险；该户为{State(state).Zh}", $"only an assisted household's risk can be eliminated; this one is {State(state).En}"),
        };

        /// <summary>An identity number of the wrong length.</summary>
        public static Words IdLength(int length) => new(
            $"身份证号应为 18 位（GB 11643），实际为 {length} 位", $"expected 18 characters (GB 11643), found {length}");

        /// <summary>A non-digit among the first 17 characters.</summary>
        public static Words IdDigit(int position) => new($"身份证号第 {position} 位应为数字", $"expected a digit at position {position}");

        /// <summary>No birth date in positions 7–14.</summary>
        public static Words IdBirthDate(string found) => new(
            $"身份证号第 7–14 位（{found}）不是 yyyyMMdd 格式的出生日期", $"positions 7–14 ({found}) are not a birth date yyyyMMdd");

        /// <summary>A wrong check character.</summary>
        public static Words IdCheck(char found, char expected) => new(
            $"身份证号校验码为 {found}，应为 {expected}（GB 11643 MOD 11-2）", $"the check character is {found}, expected {expected} (GB 11643 MOD 11-2)");

        private static Words Before(DateOnly on, DateOnly earlier, string zh, string en) => new(
            $"日期 {Day(on)} 早于{zh}的日期 {Day(earlier)}", $"the date {Day(on)} is before {Day(earlier)}, when {en}");

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static Words Found(string found) => new($"实际为“{found}”", $"found '{found}'");

        private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
