namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>The words of assessment standards and the assessments made against them.</summary>
    public static class Standards
    {
        /// <summary>A section cell other than criterion or tier.</summary>
        public static Words WrongSection(string found) =>
            new($"应为条目或等级，实际为“{found}”", $"expected criterion (条目) or tier (等级), found '{found}'");

        /// <summary>A criterion without its code.</summary>
        public static Words NeedCriterionCode { get; } = new("应填写条目代码（如 C01），评定文件用它", "expected the criterion's code (C01), which assessment files use");

        /// <summary>A criterion without its name.</summary>
        public static Words NeedCriterionName { get; } = new("应填写条目检查的内容", "expected what the criterion checks");

        /// <summary>A kind other than pass or score.</summary>
        public static Words WrongKind(string found) => new($"应为达标或评分，实际为“{found}”", $"expected pass (达标) or score (评分), found '{found}'");

        /// <summary>A weight that is no number above 0.</summary>
        public static Words WrongWeight(string found) => new(
            $"应为该条目的分值，大于 0 的数（达标类可为 0 或空），实际为“{found}”",
            $"expected the points it is worth, a number above 0 (0 or empty allowed for pass), found '{found}'");

        /// <summary>Whether evidence is required.</summary>
        public static Words EvidenceRequired { get; } = new("是否需要佐证", "whether evidence is required");

        /// <summary>A tier without its name.</summary>
        public static Words NeedTierName { get; } = new("应填写等级名称（如 美丽宜居村）", "expected the tier's name (美丽宜居村)");

        /// <summary>A tier's least score that is no number of at least 0.</summary>
        public static Words WrongMinScore(string found) => new(
            $"应为该等级的最低分，不小于 0 的数，实际为“{found}”", $"expected the least score of the tier, a number of at least 0, found '{found}'");

        /// <summary>A tier listed twice.</summary>
        public static Words TierListed(string tier, Words where) => new($"等级“{tier}”已在{where.Zh}列出", $"the tier '{tier}' is already listed on {where.En}");

        /// <summary>Tiers out of order.</summary>
        public static Words TiersRising(string score, string previous, string tier, Words where) => new(
            $"等级应从低到高列出：{score} 低于{where.Zh}“{tier}”的 {previous}",
            $"tiers are listed lowest first: {score} is below the {previous} of '{tier}' on {where.En}");

        /// <summary>A tier no village can reach.</summary>
        public static Words Unreachable(string score, string max) =>
            new($"没有村能达到 {score} 分：各条目分值合计 {max}", $"no village can reach {score}: the criteria add up to {max}");

        /// <summary>A tier requiring a criterion the standard lacks.</summary>
        public static Words UnknownRequired(string code) => new(
            $"未知的条目“{code}”：应为本文件条目的代码，以 | 分隔", $"unknown criterion '{code}': expected codes of this file's criteria, separated by |");

        /// <summary>A tier requiring a scored criterion.</summary>
        public static Words RequiresScored(string code) => new(
            $"条目“{code}”是评分类；等级只能要求达标类条目（评分计入最低分）",
            $"criterion '{code}' is scored; a tier can require only pass/fail criteria (its score counts towards the least score)");

        /// <summary>A standard without criteria or tiers.</summary>
        public static Words NeedBoth { get; } = new("应至少有一行条目和一行等级", "expected at least one criterion (条目) row and one tier (等级) row");

        /// <summary>A standard imported without its name.</summary>
        public static Words NeedName { get; } = new("应随文件给出标准名称（如 美丽宜居村2022）", "expected the standard's name (美丽宜居村2022), given with the file");

        /// <summary>A changed standard that assessments were made against.</summary>
        public static Words Frozen(string name, int assessed) => new(
            $"标准“{name}”与已存的不同，而已有 {assessed} 个评定依据它；请以新名称（如加上年份）导入修改，以免改写过去的等级",
            $"the standard '{name}' differs from the stored one, which {assessed} assessment(s) were made against; "
            + "import the change under a new name (e.g. with the year) so that past tiers stay as they were");

        /// <summary>An assessment against a standard the ledger lacks.</summary>
        public static Words Unknown(string name, IReadOnlyCollection<string> known) => new(
            $"未知的标准“{name}”（已有：{(known.Count == 0 ? "无；请先 luoshi villages standard import" : string.Join("、", known))}）",
            $"unknown standard '{name}' (known: {(known.Count == 0 ? "none; luoshi villages standard import" : string.Join(", ", known))})");

        /// <summary>A criterion the standard lacks.</summary>
        public static Words UnknownCriterion(string code, IEnumerable<string> codes)
        {
            var list = string.Join(", ", codes);
            return new($"未知的条目“{code}”：标准中有 {list}", $"unknown criterion '{code}': the standard has {list}");
        }

        /// <summary>A pass/fail result that is neither.</summary>
        public static Words NotPassFail(string code, string found) => new(
            $"条目 {code} 为达标类：应为达标或不达标（是/否），实际为“{found}”",
            $"criterion {code} is pass/fail: expected pass or fail (达标/不达标, 是/否), found '{found}'");

        /// <summary>A score outside 0 to the criterion's points.</summary>
        public static Words NotAScore(string code, string max, string found) => new(
            $"条目 {code} 为评分类：应为 0 到 {max} 分，实际为“{found}”", $"criterion {code} is scored: expected points from 0 to {max}, found '{found}'");

        /// <summary>A met result without the evidence the criterion requires.</summary>
        public static Words NeedEvidence(string code) => new(
            $"条目 {code} 需要佐证（文号、照片或会议纪要）才能记为达标或得分",
            $"criterion {code} requires evidence (a file number, photo set or minutes) for a met or scored result");

        /// <summary>A criterion given twice for one village and year.</summary>
        public static Words CriterionTwice(string village, int year, string code, Words where) => new(
            $"{village} {year}：条目 {code} 已在{where.Zh}给出", $"{village} {year}: criterion {code} is already given on {where.En}");

        /// <summary>Two dates for one assessment.</summary>
        public static Words OneDate(string village, int year, Words where, string first) => new(
            $"{village} {year}：一次评定只有一个日期；{where.Zh}为 {first}", $"{village} {year}: one assessment has one date; {where.En} gives {first}");

        /// <summary>Criteria without a result.</summary>
        public static Words Missing(string village, int year, IEnumerable<string> codes)
        {
            var list = string.Join(", ", codes);
            return new($"{village} {year}：标准的每个条目都需要结果；缺少 {list}", $"{village} {year}: every criterion of the standard needs a result; missing {list}");
        }
    }
}
