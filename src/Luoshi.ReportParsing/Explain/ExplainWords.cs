using Luoshi.Domain.Wording;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Explain;

/// <summary>The parser's rules and drop reasons in words for people, Simplified Chinese and English: the one place
/// they are worded, beside the rules they name.</summary>
public static class ExplainWords
{
    /// <summary>The rule in one short phrase.</summary>
    public static Words Of(ExplainRule rule) => rule switch
    {
        ExplainRule.WordBefore => new("数字前的比较词", "comparator word before the number"),
        ExplainRule.WordAfter => new("数字后的比较词", "comparator word after the number"),
        ExplainRule.MoreThan => new("“余”“多”表示超过", "余 or 多: more than"),
        ExplainRule.Range => new("两个数字连写为区间", "two numbers joined as a range"),
        ExplainRule.BareFloor => new("无比较词，承诺数按下限", "no comparator word: a promised amount is a floor"),
        ExplainRule.BareHundredPercent => new("单写100%即全部", "100% stated bare: all"),
        ExplainRule.FullShare => new("比例不能超过100%，达到100%即等于100%", "a share cannot pass 100%: at least 100% is exactly 100%"),
        ExplainRule.DecreaseCeiling => new("下降类无比较词，按上限", "a decrease without a comparator word is a ceiling"),
        ExplainRule.PriceRiseCeiling => new("价格涨幅单写，按上限", "a price rise stated bare is a ceiling"),
        ExplainRule.SignedChange => new("增减动词后的变化量，带正负号", "the change after an increase or decrease verb, with its sign"),
        ExplainRule.SharedByList => new("“分别”列举共用一个比较词", "one comparator word for a 分别 list"),
        ExplainRule.Coverage => new("全覆盖即100%", "full coverage is 100%"),
        ExplainRule.BottomLine => new("底线：不发生即为0", "bottom line: none may happen"),
        ExplainRule.Milestone => new("限期或“确保”的建成、竣工、投用等节点", "a completion or first use with a time or after 确保"),
        ExplainRule.DirectionPhrase => new("方向词，与上年比较", "a direction phrase: compared with last year"),
        ExplainRule.DirectionVerb => new("提高、降低等动词加可计量主体，与上年比较", "raise or lower a measurable subject: compared with last year"),
        ExplainRule.Digits => new("阿拉伯数字", "Arabic digits"),
        ExplainRule.ScaledDigits => new("数字加千、万、亿", "digits with 千, 万 or 亿"),
        ExplainRule.ChineseNumeral => new("中文数字", "Chinese numerals"),
        ExplainRule.PercentWord => new("“百分之”", "百分之"),
        ExplainRule.UnitAfterNumber => new("数字后的单位", "the unit after the number"),
        ExplainRule.UnitSharedByList => new("列举数字共用其后的单位", "the unit written once after a list of numbers"),
        ExplainRule.UnitOfRange => new("区间后一个数字的单位", "the unit after the range's second number"),
        ExplainRule.UnitFromSubject => new("主体以单位结尾（人次）", "the subject ends in the unit"),
        ExplainRule.WordsBefore => new("数字前的词，去掉确保、实施等引导词和时间词", "the words before the amount without framing and time words"),
        ExplainRule.WithNounAfter => new("数字前的词加数字后说明计数对象的名词", "the words before with the noun after the amount, which says what is counted"),
        ExplainRule.ListItem => new("顿号、“和”“及”列举中本项自己的词", "only this item's words in a list joined by 、, 和 or 及"),
        ExplainRule.RespectiveModifier => new("“分别”列举的修饰语加共用中心词", "the modifier of a 分别 list with the shared head"),
        ExplainRule.Borrowed => new("本句只有动词或只有长度、面积等量名，所指对象取自前一分句或前一项", "only a verb or a dimension (全长, 面积) here: what it is of comes from the clause or item before"),
        ExplainRule.SharedAmount => new("两个比率共用一个数，各成一个目标", "two rates share one amount: one target each"),
        ExplainRule.CueClause => new("所在分句，去掉引导词和时间词", "the clause without framing and time words"),
        ExplainRule.MilestoneAntecedent => new("本分句未写对象，取前一分句", "no object in this clause: the clause before names it"),
        _ => Words.Same(rule.ToString()),
    };

    /// <summary>The reason in one short phrase.</summary>
    public static Words Of(DropReason reason) => reason switch
    {
        DropReason.Ordinal => new("序数（第几）", "an ordinal (第3)"),
        DropReason.Name => new("名称或编号的一部分（PM2.5、5G）", "part of a name or code (PM2.5, 5G)"),
        DropReason.Time => new("日期或时间", "a date or time"),
        DropReason.NoUnit => new("无单位、无比较词，不知计数对象", "no unit, comparator word, 万 or 亿: nothing says what is counted"),
        DropReason.Quoted => new("引号或书名号内的名称", "a name inside quotes or title marks"),
        DropReason.Reference => new("注释标号", "a note mark"),
        DropReason.Class => new("表示类别、规格（3人制、一级A）", "names a kind of thing (3人制, 一级A)"),
        DropReason.Breakdown => new("“其中”“含”括号内是前一总数的分项", "a part inside （其中…） of the amount before it"),
        DropReason.Qualifier => new("以上、以下或区间加名词，是限定语（60岁以上老人）", "以上/以下 or a range before a noun: a qualifier (60岁以上老人)"),
        DropReason.Scope => new("“在N个…”说明实施范围，另有承诺数", "在 N …: where the work is done; another amount is the promise"),
        DropReason.Describes => new("后接“的”，是描述（总投资50亿元的项目）", "followed by 的: a description (总投资50亿元的项目)"),
        DropReason.ListSize => new("说明清单共有几项，不是承诺本身", "how many items the list has, not a promise"),
        DropReason.Slogan => new("中文数字口号（四个不摘、三孩）", "a Chinese-numeral slogan (四个不摘, 三孩)"),
        DropReason.Article => new("“一”无比较词，是量词用法（一批）", "一 without a comparator: an article (一批)"),
        DropReason.Organisation => new("工作的方面、领域，不是交付数", "how work is organised (5个方面), not what it delivers"),
        DropReason.Population => new("比率或承诺数前的数量，说明是谁的", "a count before a rate or a stated amount: whose it is"),
        DropReason.Result => new("已完成的结果，不是承诺（同比、回顾、初步统计）", "a result, not a promise (同比, review, 初步统计)"),
        _ => Words.Same(reason.ToString()),
    };
}
