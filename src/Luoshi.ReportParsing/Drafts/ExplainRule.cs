namespace Luoshi.ReportParsing.Drafts;

/// <summary>The rules that read a part of a target; worded for people by <see cref="Explain.ExplainWords"/>.</summary>
public enum ExplainRule
{
    /// <summary>A comparator word before the number (不少于, 控制在, 超).</summary>
    WordBefore,

    /// <summary>A comparator word after the number (以上, 以内, 左右).</summary>
    WordAfter,

    /// <summary>余 or 多 between the number and its unit (2.1万余户): more than.</summary>
    MoreThan,

    /// <summary>Two numbers joined by -, ~, 至 or 到: a range.</summary>
    Range,

    /// <summary>No comparator word: a promised amount is a floor.</summary>
    BareFloor,

    /// <summary>100% stated bare: exactly all.</summary>
    BareHundredPercent,

    /// <summary>A share of at least 100% can only be exactly 100%.</summary>
    FullShare,

    /// <summary>A decrease stated without a comparator word is a ceiling on the change.</summary>
    DecreaseCeiling,

    /// <summary>A price rise stated bare (居民消费价格上涨3%) is a ceiling.</summary>
    PriceRiseCeiling,

    /// <summary>A change after 增长, 提高 or 下降, 降低: the value carries its sign.</summary>
    SignedChange,

    /// <summary>The comparator stated once for a 分别 list.</summary>
    SharedByList,

    /// <summary>全覆盖 or a 覆盖率 of 100%: full coverage.</summary>
    Coverage,

    /// <summary>不发生 X, 遏制 X事故: zero events.</summary>
    BottomLine,

    /// <summary>A completion, opening or first use (建成, 竣工, 投入使用) promised within a time or after 确保.</summary>
    Milestone,

    /// <summary>只增不减, 继续下降 …: compared with last year.</summary>
    DirectionPhrase,

    /// <summary>提高, 降低 … before a measurable subject: compared with last year.</summary>
    DirectionVerb,

    /// <summary>Arabic digits.</summary>
    Digits,

    /// <summary>Digits with 千, 万 or 亿 after them (2千, 1.3万亿).</summary>
    ScaledDigits,

    /// <summary>Chinese numerals (二百三十, 十五).</summary>
    ChineseNumeral,

    /// <summary>百分之 before a number.</summary>
    PercentWord,

    /// <summary>The unit right after the number.</summary>
    UnitAfterNumber,

    /// <summary>A unit written once after a list of numbers (30、32、35微克/立方米).</summary>
    UnitSharedByList,

    /// <summary>The unit after the second number of a range (6%-6.5%, 8-8.5%).</summary>
    UnitOfRange,

    /// <summary>The subject ends in the unit (服务人次达200万以上).</summary>
    UnitFromSubject,

    /// <summary>The words before the amount without framing words (确保, 实施) and time words (年内).</summary>
    WordsBefore,

    /// <summary>The words before the amount with the noun after it, which says what is counted (新增学位1680个 / 建设100所公办幼儿园).</summary>
    WithNounAfter,

    /// <summary>Only the amount's own item of a list joined by 、, 和 or 及.</summary>
    ListItem,

    /// <summary>The modifier of a 分别 list with the shared head (城镇居民人均可支配收入).</summary>
    RespectiveModifier,

    /// <summary>The clause states only a verb (年内完成25个) or a dimension (全长约4.3公里): what it is of is named in the
    /// clause or item before.</summary>
    Borrowed,

    /// <summary>Two rates stated with one amount (城镇调查失业率和登记失业率稳定在4.3%左右): one target each.</summary>
    SharedAmount,

    /// <summary>The clause of the word cue without its framing and time words.</summary>
    CueClause,

    /// <summary>A milestone whose clause names nothing borrows the clause before it.</summary>
    MilestoneAntecedent,
}
