using System.Globalization;
using Luoshi.Domain.Households;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The return-to-poverty monitoring register (防返贫监测): states, steps and their refusals.</summary>
    public static class Households
    {
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

        /// <summary>A year outside the accepted range.</summary>
        public static Words YearRange(int year) => new($"年份应为 2000 至 2100，实际为 {year}", $"expected a year from 2000 to 2100, found {year}");

        /// <summary>An income line that is no amount in yuan.</summary>
        public static Words LineAmount(decimal amount) => new(
            $"监测收入标准应为每人每年的元数，大于 0，最多两位小数，实际为 {amount.ToString(CultureInfo.InvariantCulture)}",
            $"expected the line in yuan per person per year, more than 0 with at most 2 decimals, found {amount.ToString(CultureInfo.InvariantCulture)}");

        /// <summary>Days to identify out of range.</summary>
        public static Words IdentifyDays(int days) => new(
            $"识别期限应为 1 至 365 天，实际为 {days}", $"expected the days to identify a flagged household, 1 to 365, found {days}");

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

        /// <summary>Household file: the household's number.</summary>
        public static Words HouseholdNumber { get; } = new("户编号", "the household's number (户编号)");

        /// <summary>Household file: the head's name.</summary>
        public static Words HeadName { get; } = new("户主姓名", "the head of household's name (户主姓名)");

        /// <summary>Household file: the village code.</summary>
        public static Words VillageCode { get; } = new("所在行政村的单位代码", "the village's unit code");

        /// <summary>Household file: a code no unit has.</summary>
        public static Words UnknownVillage(string code) => new(
            $"未知的村代码“{code}”：账本中没有这个代码的单位（用 luoshi units import 添加行政村）",
            $"unknown village code '{code}': no unit of the ledger has it (luoshi units import adds villages)");

        /// <summary>Household file: a unit that is no village.</summary>
        public static Words NotVillage(string code, Words kind) => new(
            $"单位“{code}”是{kind.Zh}，不是行政村", $"unit '{code}' is a {kind.En}, not a village");

        /// <summary>Household file: a bad identity number.</summary>
        public static Words NotIdNumber(string text, Words why) => new(
            $"“{text}”不是身份证号：{why.Zh}", $"'{text}' is not an identity number: {why.En}");

        /// <summary>Household file: the income's year.</summary>
        public static Words IncomeYear(string found) => new(
            $"应为收入所属年份（2000–2100），实际为“{found}”", $"expected the income's year (2000–2100), found '{found}'");

        /// <summary>Household file: the income.</summary>
        public static Words IncomeAmount(string found) => new(
            $"应为人均纯收入（元），不小于 0，最多两位小数（如 6520.50），实际为“{found}”",
            $"expected the per-capita net income in yuan, 0 or more with at most 2 decimals (e.g. 6520.50), found '{found}'");

        /// <summary>Household file: a member that is not name/number/relation.</summary>
        public static Words MemberForm(int member, string found) => new(
            $"第 {member} 位成员：应为 姓名/身份证号/与户主关系（王芳/440784199001011234/配偶），实际为“{found}”",
            $"member {member}: expected name/identity number/relation (王芳/440784199001011234/配偶), found '{found}'");

        /// <summary>Household file: a member's bad identity number.</summary>
        public static Words MemberId(int member, string name, string text, Words why) => new(
            $"第 {member} 位成员（{name}）：“{text}”不是身份证号：{why.Zh}", $"member {member} ({name}): '{text}' is not an identity number: {why.En}");

        /// <summary>Household file: a date cell.</summary>
        public static Words Date(string found) => new($"应为日期 yyyy-MM-dd，实际为“{found}”", $"expected a date yyyy-MM-dd, found '{found}'");

        /// <summary>Household file: a later step without the one before.</summary>
        public static Words NeedsEarlier(string later, string earlier) => new(
            $"填写了 {later} 的户也须填写 {earlier}", $"a household with {later} needs {earlier} too");

        /// <summary>Household file: steps out of order.</summary>
        public static Words Before(string later, DateOnly laterDay, string earlier, DateOnly earlierDay) => new(
            $"{later} {Day(laterDay)} 早于 {earlier} {Day(earlierDay)}", $"{later} {Day(laterDay)} is before {earlier} {Day(earlierDay)}");

        /// <summary>Household file: a risks cell with an unknown word.</summary>
        public static Words UnknownRisk(string found) => ExpectedRisks.Then(Found(found), "，", ", ");

        /// <summary>Household file: a source cell with an unknown word.</summary>
        public static Words UnknownSource(string found) => ExpectedSource.Then(Found(found), "，", ", ");

        /// <summary>Household file: a number twice in the file.</summary>
        public static Words NumberTwice(string number, int line) => new(
            $"户编号“{number}”已在第 {line} 行出现", $"household number '{number}' is already on line {line}");

        /// <summary>Household file: a person twice in the file.</summary>
        public static Words PersonTwice(string maskedId, int line) => new(
            $"身份证号 {maskedId} 已在第 {line} 行出现；一个人只属于一户", $"identity number {maskedId} is already on line {line}; a person belongs to one household");

        /// <summary>Household file: a member listed twice in the household.</summary>
        public static Words MemberTwice(int member) => new($"第 {member} 位成员在该户中重复列出", $"member {member} is listed twice in the household");

        /// <summary>Household file: a member in another household of the file.</summary>
        public static Words MemberElsewhere(int member, string maskedId, int line) => new(
            $"第 {member} 位成员的身份证号 {maskedId} 已在第 {line} 行出现；一个人只属于一户",
            $"member {member}'s identity number {maskedId} is already on line {line}; a person belongs to one household");

        /// <summary>Household file: a header and no row.</summary>
        public static Words NoHouseholds { get; } = new("文件有标题行但没有任何农户", "the file has a header but no household");

        /// <summary>Household file: a number of another household in the register.</summary>
        public static Words NumberTaken(string number, string maskedHead) => new(
            $"户编号“{number}”在监测名册中属于另一户（户主 {maskedHead}）",
            $"household number '{number}' belongs to another household in the register (head {maskedHead})");

        /// <summary>A household row with another number of cells than the header.</summary>
        public static Words CellCount(int expected, int found) => new(
            $"应有 {expected} 列（与标题行一致），实际为 {found} 列", $"expected {expected} columns as in the header, found {found}");

        private static Words Found(string found) => new($"实际为“{found}”", $"found '{found}'");

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

        private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
