namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of the village registers: the register, standards, assessments, sewage and income files.</summary>
    public static class Villages
    {
        /// <summary>What one row of each file is.</summary>
        public static Words Village { get; } = new("村", "village");

        /// <summary>A standard file's row.</summary>
        public static Words StandardRow { get; } = new("条目或等级", "criterion or tier");

        /// <summary>An assessment file's row.</summary>
        public static Words Result { get; } = new("评定结果", "result");

        /// <summary>A sewage file's row.</summary>
        public static Words Finding { get; } = new("污水设施情况", "finding");

        /// <summary>An income file's row.</summary>
        public static Words Figure { get; } = new("收入数据", "figure");

        /// <summary>Required cells of a register row.</summary>
        public static Words NeedCode { get; } = new("应填写村代码", "expected the village's code");

        /// <summary>The village's name left empty.</summary>
        public static Words NeedName { get; } = new("应填写村名（如 东升村）", "expected the village's name (东升村)");

        /// <summary>The town left empty.</summary>
        public static Words NeedTown { get; } = new("应填写所属镇街的代码或名称", "expected the code or name of the village's town or subdistrict");

        /// <summary>A type other than village or community.</summary>
        public static Words WrongType(string found) => new(
            $"应为行政村或社区，实际为“{found}”", $"expected 行政村 (village) or 社区 (community), found '{found}'");

        /// <summary>A village code the ledger gives another kind of unit.</summary>
        public static Words CodeOfOtherKind(string code, string name, Words kind) => new(
            $"代码“{code}”属于{name}（{kind.Zh}），不是村", $"the code '{code}' belongs to {name}, a {kind.En}, not a village");

        /// <summary>A town the ledger does not have.</summary>
        public static Words UnknownTown(string town) => new(
            $"未知的镇街“{town}”：应为台账中镇或街道的代码或名称（luoshi units import）",
            $"unknown town '{town}': expected the code or name of a town or subdistrict in the ledger (luoshi units import)");

        /// <summary>A village name used twice in one town.</summary>
        public static Words NameInTown(string town, string name, Words where) => new(
            $"{town}已有名为“{name}”的村（{where.Zh}）", $"{town} already has a village named '{name}' on {where.En}");

        /// <summary>A village the ledger does not have.</summary>
        public static Words UnknownVillage(string text) => new(
            $"未知的村“{text}”：应为台账中村的代码或全称（镇名+村名）（luoshi villages import）",
            $"unknown village '{text}': expected the code or full name (镇名+村名) of a village in the ledger (luoshi villages import)");

        /// <summary>A date cell with something else, and what the date is.</summary>
        public static Words NotADay(Words what, string found) => new(
            $"应为日期（如 2022-06-30），即{what.Zh}；实际为“{found}”", $"expected a date such as 2022-06-30, {what.En}; found '{found}'");

        /// <summary>A yes/no cell with something else, and what it says.</summary>
        public static Words NotYesNo(Words what, string found) => new(
            $"应为是或否（是/否、有/无、1/0），即{what.Zh}；实际为“{found}”", $"expected yes or no (是/否, 有/无, 1/0): {what.En}, found '{found}'");

        /// <summary>A year cell with something else.</summary>
        public static Words NotAYear(Words what, string found) => new($"应为{what.Zh}（如 2022），实际为“{found}”", $"expected {what.En} (2022), found '{found}'");

        /// <summary>A sewage finding of a day the village already has.</summary>
        public static Words FindingTwice(string village, Words where) =>
            new($"{village}在该日已有记录（{where.Zh}）", $"{village} already has a finding for this day on {where.En}");

        /// <summary>A facility reported operating where there is none.</summary>
        public static Words OperatingWithoutFacility { get; } = new(
            "没有设施的村不能有设施运行：应为否", "a village without a facility cannot have one operating: expected no (否)");

        /// <summary>An income figure of a year the village already has.</summary>
        public static Words FigureTwice(string village, int year, Words where) =>
            new($"{village}已有 {year} 年的数据（{where.Zh}）", $"{village} already has a figure for {year} on {where.En}");

        /// <summary>An income amount that is no amount.</summary>
        public static Words NotAnIncome(string found) => new(
            $"应为村集体经济经营性收入（万元），不小于 0 的数，实际为“{found}”",
            $"expected the collective operating income in 万元, a number of at least 0, found '{found}'");

        /// <summary>An income line for a year the ledger does not keep, or below 0.</summary>
        public static Words Threshold(int year, decimal amount)
        {
            var (y, a) = (year.ToString(System.Globalization.CultureInfo.InvariantCulture), amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new($"应为 2000 到 2100 之间的年份和不小于 0 万元的金额，实际为 {y} 和 {a}",
                $"expected a year from 2000 to 2100 and an amount of at least 0 万元, found {y} and {a}");
        }

        /// <summary>The day of a finding.</summary>
        public static Words FindingDay { get; } = new("情况所属日期", "the day of the finding");

        /// <summary>The day an assessment took effect.</summary>
        public static Words AssessedDay { get; } = new("评定结果生效日期", "the day the result took effect");

        /// <summary>Whether a village has a facility.</summary>
        public static Words HasFacility { get; } = new("是否建有一体化设施", "whether the village has an integrated facility");

        /// <summary>Whether the facility operates.</summary>
        public static Words Operates { get; } = new("设施是否运行", "whether the facility operates");

        /// <summary>The year of an income.</summary>
        public static Words Year { get; } = new("年度", "the year");

        /// <summary>The year assessed.</summary>
        public static Words YearAssessed { get; } = new("评定年度", "the year assessed");

        /// <summary>An upload without its kind.</summary>
        public static Words ChooseKind { get; } = new("请选择文件类别。", "Choose what the file holds.");

        /// <summary>A scope's area naming nothing.</summary>
        public static Words UnknownArea(string text) => new(
            $"未知区域“{text}”：应为 region（全域），或本市、镇、街道的代码或名称",
            $"unknown area '{text}': expected region, or the code or name of the city, a town or a subdistrict");

        /// <summary>A tier share's tier naming no tier of the stored standards.</summary>
        public static Words UnknownTier(string tier, IReadOnlyCollection<string> known) => new(
            $"未知等级“{tier}”（已有：{(known.Count == 0 ? "无；请先导入评定标准" : string.Join("、", known))}）",
            $"unknown tier '{tier}' (known: {(known.Count == 0 ? "none; import a standard first" : string.Join(", ", known))})");

        /// <summary>The office's income line out of range.</summary>
        public static Words IncomeThreshold(int year, decimal amount) => new(
            $"年份应为 2000 至 2100，金额（万元）不小于 0，实际为 {year} 和 {Number(amount)}",
            $"expected a year from 2000 to 2100 and an amount of at least 0 万元, found {year} and {Number(amount)}");
    }
}
