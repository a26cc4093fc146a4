namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Village registers and yearly village files (村庄名册, 评定标准, 评定结果, 集体经济收入, 污水处理) and the
    /// village indicators' scopes.</summary>
    public static class Villages
    {
        /// <summary>An upload without its kind.</summary>
        public static Words ChooseKind { get; } = new("请选择文件类别。", "Choose what the file holds.");

        /// <summary>A village cell naming no village of the ledger.</summary>
        public static Words UnknownVillage(string text) => new(
            $"未知村“{text}”：应为账本中某个行政村的代码或全称（镇名+村名；用 luoshi villages import 导入）",
            $"unknown village '{text}': expected the code or full name (镇名+村名) of a village in the ledger (luoshi villages import)");

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

        /// <summary>A file with a header and no data.</summary>
        public static Words NoRows(Words what) => new($"标题行下应至少有一条{what.Zh}", $"expected at least one {what.En} below the header");

        /// <summary>What a register's rows are.</summary>
        public static Words AVillage { get; } = new("村", "village");

        /// <summary>What an assessment file's rows are.</summary>
        public static Words AResult { get; } = new("评定结果", "result");

        /// <summary>What an income file's rows are.</summary>
        public static Words AFigure { get; } = new("收入数据", "figure");

        /// <summary>What a sewage file's rows are.</summary>
        public static Words AFinding { get; } = new("核查记录", "finding");

        /// <summary>Register: the village's code.</summary>
        public static Words VillageCode { get; } = new("村的代码", "the village's code");

        /// <summary>Register: the village's name.</summary>
        public static Words VillageName { get; } = new("村名（如东升村）", "the village's name (东升村)");

        /// <summary>Register: the village's town.</summary>
        public static Words VillageTown { get; } = new("所属镇、街道的代码或名称", "the code or name of the village's town or subdistrict");

        /// <summary>Register: the type column.</summary>
        public static Words VillageType { get; } = new("行政村（village）或社区（community）", "行政村 (village) or 社区 (community)");

        /// <summary>A code of another kind of unit.</summary>
        public static Words CodeOfOtherKind(string code, string name, Words kind) => new(
            $"代码“{code}”属于{name}（{kind.Zh}），不是行政村", $"the code '{code}' belongs to {name}, a {kind.En}, not a village");

        /// <summary>A town naming no town of the ledger.</summary>
        public static Words UnknownTown(string town) => new(
            $"未知镇街“{town}”：应为账本中某个镇或街道的代码或名称（用 luoshi units import 导入）",
            $"unknown town '{town}': expected the code or name of a town or subdistrict in the ledger (luoshi units import)");

        /// <summary>A code given on an earlier row.</summary>
        public static Words CodeOnRow(string code, int row) => new($"代码“{code}”已在第 {row} 行使用", $"the code '{code}' is already used on row {row}");

        /// <summary>Two villages of one name in one town.</summary>
        public static Words NameInTown(string town, string name, int row) => new(
            $"{town}已有名为“{name}”的村（第 {row} 行）", $"{town} already has a village named '{name}' on row {row}");

        /// <summary>Assessment: the year.</summary>
        public static Words AssessedYear { get; } = new("评定年度（如 2022）", "the year assessed (2022)");

        /// <summary>Assessment: the date column.</summary>
        public static Words EffectiveDate(string found) => new(
            $"应为日期（如 2022-06-30），即结果生效之日；实际为“{found}”", $"expected a date such as 2022-06-30, the day the result took effect; found '{found}'");

        /// <summary>Assessment: a criterion the standard lacks.</summary>
        public static Words UnknownCriterion(string code, IEnumerable<string> known)
        {
            var list = known.ToList();
            return new($"未知条目“{code}”：该标准的条目为 {string.Join("、", list)}", $"unknown criterion '{code}': the standard has {string.Join(", ", list)}");
        }

        /// <summary>Assessment: a pass/fail result that is neither.</summary>
        public static Words PassOrFail(string code, string found) => new(
            $"条目 {code} 为达标制：应为达标或不达标（是/否），实际为“{found}”",
            $"criterion {code} is pass/fail: expected pass or fail (达标/不达标, 是/否), found '{found}'");

        /// <summary>Assessment: a score out of range.</summary>
        public static Words ScoreRange(string code, string max, string found) => new(
            $"条目 {code} 为评分制：应为 0 至 {max} 分，实际为“{found}”", $"criterion {code} is scored: expected points from 0 to {max}, found '{found}'");

        /// <summary>Assessment: evidence missing.</summary>
        public static Words NeedsEvidence(string code) => new(
            $"条目 {code} 达标或得分须有佐证（文号、照片集或会议纪要）",
            $"criterion {code} requires evidence (a file number, photo set or minutes) for a met or scored result");

        /// <summary>Assessment: a criterion given twice for one village and year.</summary>
        public static Words CriterionTwice(string village, int year, string code, int row) => new(
            $"{village} {year}：条目 {code} 已在第 {row} 行填写", $"{village} {year}: criterion {code} is already given on row {row}");

        /// <summary>Assessment: two dates in one assessment.</summary>
        public static Words OneDate(string village, int year, int row, DateOnly? day) => new(
            $"{village} {year}：一次评定只有一个日期；第 {row} 行为 {(day is { } d ? Day(d) : "无")}",
            $"{village} {year}: one assessment has one date; row {row} gives {(day is { } e ? Day(e) : "none")}");

        /// <summary>Assessment: criteria without a result.</summary>
        public static Words MissingCriteria(string village, int year, IEnumerable<string> missing)
        {
            var list = missing.ToList();
            return new(
                $"{village} {year}：标准的每个条目都须有结果；缺少 {string.Join("、", list)}",
                $"{village} {year}: every criterion of the standard needs a result; missing {string.Join(", ", list)}");
        }

        /// <summary>Assessment: a standard the ledger lacks.</summary>
        public static Words UnknownStandard(string name, IReadOnlyCollection<string> known) => new(
            $"未知评定标准“{name}”（已有：{(known.Count == 0 ? "无；请用 luoshi villages standard import 导入" : string.Join("、", known))}）",
            $"unknown standard '{name}' (known: {(known.Count == 0 ? "none; luoshi villages standard import" : string.Join(", ", known))})");

        /// <summary>Standard: the name not given.</summary>
        public static Words StandardName { get; } = new(
            "应随文件给出评定标准的名称（如 美丽宜居村2022）", "expected the standard's name (美丽宜居村2022), given with the file");

        /// <summary>Standard: no criterion or no tier.</summary>
        public static Words StandardRows { get; } = new(
            "应至少有一行条目和一行等级", "expected at least one criterion (条目) row and one tier (等级) row");

        /// <summary>Standard: a change to a standard already used.</summary>
        public static Words StandardInUse(string name, int assessed) => new(
            $"评定标准“{name}”与已存储的不同，且已有 {assessed} 次评定依据它；请以新名称（如加上年份）导入修改后的标准，使以往的等级保持不变",
            $"the standard '{name}' differs from the stored one, which {assessed} assessment(s) were made against; "
                + "import the change under a new name (e.g. with the year) so that past tiers stay as they were");

        /// <summary>Standard: the section column.</summary>
        public static Words SectionKind(string found) => new(
            $"应为条目（criterion）或等级（tier），实际为“{found}”", $"expected criterion (条目) or tier (等级), found '{found}'");

        /// <summary>Standard: a criterion's code.</summary>
        public static Words CriterionCode { get; } = new("条目代码（如 C01），评定结果文件用它", "the criterion's code (C01), which assessment files use");

        /// <summary>Standard: what a criterion checks.</summary>
        public static Words CriterionName { get; } = new("条目检查的内容", "what the criterion checks");

        /// <summary>Standard: the kind of a criterion.</summary>
        public static Words CriterionKind(string found) => new(
            $"应为达标（pass）或评分（score），实际为“{found}”", $"expected pass (达标) or score (评分), found '{found}'");

        /// <summary>Standard: a criterion's weight.</summary>
        public static Words CriterionWeight(string found) => new(
            $"应为该条目的分值，大于 0 的数（达标制可为 0 或空），实际为“{found}”",
            $"expected the points it is worth, a number above 0 (0 or empty allowed for pass), found '{found}'");

        /// <summary>Standard: whether evidence is required.</summary>
        public static Words EvidenceRequired(string found) => new(
            $"应为是或否（是/否、有/无、1/0），表示是否须有佐证，实际为“{found}”",
            $"expected yes or no (是/否, 有/无, 1/0): whether evidence is required, found '{found}'");

        /// <summary>Standard: a tier's name.</summary>
        public static Words TierName { get; } = new("等级名称（如 美丽宜居村）", "the tier's name (美丽宜居村)");

        /// <summary>Standard: a tier's least score.</summary>
        public static Words TierScore(string found) => new(
            $"应为该等级的最低分，不小于 0 的数，实际为“{found}”", $"expected the least score of the tier, a number of at least 0, found '{found}'");

        /// <summary>Standard: a tier listed twice.</summary>
        public static Words TierTwice(string tier, int row) => new($"等级“{tier}”已在第 {row} 行列出", $"the tier '{tier}' is already listed on row {row}");

        /// <summary>Standard: tiers out of order.</summary>
        public static Words TiersLowestFirst(string score, string earlier, string tier, int row) => new(
            $"等级应从低到高排列：{score} 低于第 {row} 行“{tier}”的 {earlier}",
            $"tiers are listed lowest first: {score} is below the {earlier} of '{tier}' on row {row}");

        /// <summary>Standard: a tier out of reach.</summary>
        public static Words TierOutOfReach(string score, string max) => new(
            $"没有村能达到 {score} 分：各条目合计只有 {max} 分", $"no village can reach {score}: the criteria add up to {max}");

        /// <summary>Standard: a required criterion that is not in the file.</summary>
        public static Words RequiredUnknown(string code) => new(
            $"未知条目“{code}”：应为本文件中条目的代码，用 | 分隔", $"unknown criterion '{code}': expected codes of this file's criteria, separated by |");

        /// <summary>Standard: a required criterion that is scored.</summary>
        public static Words RequiredScored(string code) => new(
            $"条目“{code}”为评分制；等级只能要求达标制条目（评分计入最低分）",
            $"criterion '{code}' is scored; a tier can require only pass/fail criteria (its score counts towards the least score)");

        /// <summary>Income: a second figure for a village and year.</summary>
        public static Words FigureTwice(string village, int year, int row) => new(
            $"{village} {year} 年的收入数据已在第 {row} 行填写", $"{village} already has a figure for {year} on row {row}");

        /// <summary>Income: the year.</summary>
        public static Words IncomeYear(string found) => new($"应为年份（如 2022），实际为“{found}”", $"expected the year (2022), found '{found}'");

        /// <summary>Income: the amount.</summary>
        public static Words IncomeAmount(string found) => new(
            $"应为村集体经济经营性收入（万元），不小于 0 的数，实际为“{found}”",
            $"expected the collective operating income in 万元, a number of at least 0, found '{found}'");

        /// <summary>Sewage: a second finding for a village and day.</summary>
        public static Words FindingTwice(string village, int row) => new(
            $"{village} 这一天的核查记录已在第 {row} 行填写", $"{village} already has a finding for this day on row {row}");

        /// <summary>Sewage: the day of a finding.</summary>
        public static Words FindingDay(string found) => new(
            $"应为日期（如 2022-06-30），即核查之日，实际为“{found}”", $"expected a date such as 2022-06-30, the day of the finding; found '{found}'");

        /// <summary>Sewage: whether there is a facility.</summary>
        public static Words HasFacility(string found) => new(
            $"应为是或否（是/否、有/无、1/0），表示该村是否有一体化处理设施，实际为“{found}”",
            $"expected yes or no (是/否, 有/无, 1/0): whether the village has an integrated facility, found '{found}'");

        /// <summary>Sewage: whether it operates.</summary>
        public static Words Operates(string found) => new(
            $"应为是或否（是/否、有/无、1/0），表示设施是否运行，实际为“{found}”",
            $"expected yes or no (是/否, 有/无, 1/0): whether the facility operates, found '{found}'");

        /// <summary>Sewage: operating without a facility.</summary>
        public static Words OperatingWithout { get; } = new(
            "没有设施的村不能有设施在运行：应为否", "a village without a facility cannot have one operating: expected no (否)");
    }
}
