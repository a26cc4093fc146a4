using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Explain;

/// <summary>The rules and drop reasons in words for people, Simplified Chinese first and English: the one place they are worded.</summary>
public static class ExplainWords
{
    /// <summary>The rule in one short phrase.</summary>
    public static string Of(ExplainRule rule, bool english = false) => english ? English(rule) : Chinese(rule);

    /// <summary>The reason in one short phrase.</summary>
    public static string Of(DropReason reason, bool english = false) => english ? English(reason) : Chinese(reason);

    private static string Chinese(ExplainRule rule) => rule switch
    {
        ExplainRule.WordBefore => "数字前的比较词",
        ExplainRule.WordAfter => "数字后的比较词",
        ExplainRule.MoreThan => "“余”“多”表示超过",
        ExplainRule.Range => "两个数字连写为区间",
        ExplainRule.BareFloor => "无比较词，承诺数按下限",
        ExplainRule.BareHundredPercent => "单写100%即全部",
        ExplainRule.FullShare => "比例不能超过100%，达到100%即等于100%",
        ExplainRule.DecreaseCeiling => "下降类无比较词，按上限",
        ExplainRule.PriceRiseCeiling => "价格涨幅单写，按上限",
        ExplainRule.SignedChange => "增减动词后的变化量，带正负号",
        ExplainRule.SharedByList => "“分别”列举共用一个比较词",
        ExplainRule.Coverage => "全覆盖即100%",
        ExplainRule.BottomLine => "底线：不发生即为0",
        ExplainRule.Milestone => "限期或“确保”的建成、竣工、投用等节点",
        ExplainRule.DirectionPhrase => "方向词，与上年比较",
        ExplainRule.DirectionVerb => "提高、降低等动词加可计量主体，与上年比较",
        ExplainRule.Digits => "阿拉伯数字",
        ExplainRule.ScaledDigits => "数字加千、万、亿",
        ExplainRule.ChineseNumeral => "中文数字",
        ExplainRule.PercentWord => "“百分之”",
        ExplainRule.UnitAfterNumber => "数字后的单位",
        ExplainRule.UnitSharedByList => "列举数字共用其后的单位",
        ExplainRule.UnitOfRange => "区间后一个数字的单位",
        ExplainRule.UnitFromSubject => "主体以单位结尾（人次）",
        ExplainRule.WordsBefore => "数字前的词，去掉确保、实施等引导词和时间词",
        ExplainRule.WithNounAfter => "数字前的词加数字后说明计数对象的名词",
        ExplainRule.ListItem => "顿号、“和”“及”列举中本项自己的词",
        ExplainRule.RespectiveModifier => "“分别”列举的修饰语加共用中心词",
        ExplainRule.Borrowed => "本句只有动词，计数对象取自前一分句或前一项",
        ExplainRule.SharedAmount => "两个比率共用一个数，各成一个目标",
        ExplainRule.CueClause => "所在分句，去掉引导词和时间词",
        ExplainRule.MilestoneAntecedent => "本分句未写对象，取前一分句",
        _ => rule.ToString(),
    };

    private static string English(ExplainRule rule) => rule switch
    {
        ExplainRule.WordBefore => "comparator word before the number",
        ExplainRule.WordAfter => "comparator word after the number",
        ExplainRule.MoreThan => "余 or 多: more than",
        ExplainRule.Range => "two numbers joined as a range",
        ExplainRule.BareFloor => "no comparator word: a promised amount is a floor",
        ExplainRule.BareHundredPercent => "100% stated bare: all",
        ExplainRule.FullShare => "a share cannot pass 100%: at least 100% is exactly 100%",
        ExplainRule.DecreaseCeiling => "a decrease without a comparator word is a ceiling",
        ExplainRule.PriceRiseCeiling => "a price rise stated bare is a ceiling",
        ExplainRule.SignedChange => "the change after an increase or decrease verb, with its sign",
        ExplainRule.SharedByList => "one comparator word for a 分别 list",
        ExplainRule.Coverage => "full coverage is 100%",
        ExplainRule.BottomLine => "bottom line: none may happen",
        ExplainRule.Milestone => "a completion or first use with a time or after 确保",
        ExplainRule.DirectionPhrase => "a direction phrase: compared with last year",
        ExplainRule.DirectionVerb => "raise or lower a measurable subject: compared with last year",
        ExplainRule.Digits => "Arabic digits",
        ExplainRule.ScaledDigits => "digits with 千, 万 or 亿",
        ExplainRule.ChineseNumeral => "Chinese numerals",
        ExplainRule.PercentWord => "百分之",
        ExplainRule.UnitAfterNumber => "the unit after the number",
        ExplainRule.UnitSharedByList => "the unit written once after a list of numbers",
        ExplainRule.UnitOfRange => "the unit after the range's second number",
        ExplainRule.UnitFromSubject => "the subject ends in the unit",
        ExplainRule.WordsBefore => "the words before the amount without framing and time words",
        ExplainRule.WithNounAfter => "the words before with the noun after the amount, which says what is counted",
        ExplainRule.ListItem => "only this item's words in a list joined by 、, 和 or 及",
        ExplainRule.RespectiveModifier => "the modifier of a 分别 list with the shared head",
        ExplainRule.Borrowed => "only a verb here: what is counted comes from the clause or item before",
        ExplainRule.SharedAmount => "two rates share one amount: one target each",
        ExplainRule.CueClause => "the clause without framing and time words",
        ExplainRule.MilestoneAntecedent => "no object in this clause: the clause before names it",
        _ => rule.ToString(),
    };

    private static string Chinese(DropReason reason) => reason switch
    {
        DropReason.Ordinal => "序数（第几）",
        DropReason.Name => "名称或编号的一部分（PM2.5、5G）",
        DropReason.Time => "日期或时间",
        DropReason.NoUnit => "无单位、无比较词，不知计数对象",
        DropReason.Quoted => "引号或书名号内的名称",
        DropReason.Reference => "注释标号",
        DropReason.Class => "表示类别、规格（3人制、一级A）",
        DropReason.Breakdown => "“其中”“含”括号内是前一总数的分项",
        DropReason.Qualifier => "以上、以下或区间加名词，是限定语（60岁以上老人）",
        DropReason.Scope => "“在N个…”说明实施范围，另有承诺数",
        DropReason.Describes => "后接“的”，是描述（总投资50亿元的项目）",
        DropReason.ListSize => "说明清单共有几项，不是承诺本身",
        DropReason.Slogan => "中文数字口号（四个不摘、三孩）",
        DropReason.Article => "“一”无比较词，是量词用法（一批）",
        DropReason.Organisation => "工作的方面、领域，不是交付数",
        DropReason.Population => "比率或承诺数前的数量，说明是谁的",
        DropReason.Result => "已完成的结果，不是承诺（同比、回顾、初步统计）",
        _ => reason.ToString(),
    };

    private static string English(DropReason reason) => reason switch
    {
        DropReason.Ordinal => "an ordinal (第3)",
        DropReason.Name => "part of a name or code (PM2.5, 5G)",
        DropReason.Time => "a date or time",
        DropReason.NoUnit => "no unit, comparator word, 万 or 亿: nothing says what is counted",
        DropReason.Quoted => "a name inside quotes or title marks",
        DropReason.Reference => "a note mark",
        DropReason.Class => "names a kind of thing (3人制, 一级A)",
        DropReason.Breakdown => "a part inside （其中…） of the amount before it",
        DropReason.Qualifier => "以上/以下 or a range before a noun: a qualifier (60岁以上老人)",
        DropReason.Scope => "在 N …: where the work is done; another amount is the promise",
        DropReason.Describes => "followed by 的: a description (总投资50亿元的项目)",
        DropReason.ListSize => "how many items the list has, not a promise",
        DropReason.Slogan => "a Chinese-numeral slogan (四个不摘, 三孩)",
        DropReason.Article => "一 without a comparator: an article (一批)",
        DropReason.Organisation => "how work is organised (5个方面), not what it delivers",
        DropReason.Population => "a count before a rate or a stated amount: whose it is",
        DropReason.Result => "a result, not a promise (同比, review, 初步统计)",
        _ => reason.ToString(),
    };
}
