namespace Luoshi.ReportParsing.Drafts;

/// <summary>Why a number in a task is not a target; worded for people by <see cref="Explain.ExplainWords"/>.</summary>
public enum DropReason
{
    /// <summary>An ordinal: 第3.</summary>
    Ordinal,

    /// <summary>Part of a name or code: PM2.5, 5G, G20, S331.</summary>
    Name,

    /// <summary>A date or a time: 2022年, 6月底.</summary>
    Time,

    /// <summary>No unit, no comparator word and no 万 or 亿: nothing says what is counted.</summary>
    NoUnit,

    /// <summary>Inside quotes or title marks: a programme's name (“两个工程”).</summary>
    Quoted,

    /// <summary>A note mark: [12], 〔1〕, ①.</summary>
    Reference,

    /// <summary>Names a kind of thing: 3人制, 一级A, 20万吨级.</summary>
    Class,

    /// <summary>Inside （其中：…） or （含…）: a part of the amount stated before it.</summary>
    Breakdown,

    /// <summary>以上 or 以下, or a range, before a noun: it says which things are meant (60岁以上老人, 100户以上小区).</summary>
    Qualifier,

    /// <summary>在 N 个 … where another amount is the promise: it says where the work is done.</summary>
    Scope,

    /// <summary>Followed by 的: it describes the noun (总投资50亿元的项目).</summary>
    Describes,

    /// <summary>Says how many items a list has (这10件实事, 共10个项目被列入, 为10项).</summary>
    ListSize,

    /// <summary>A Chinese-numeral count that is a slogan (四个不摘, 三孩), not directly after a verb that delivers it.</summary>
    Slogan,

    /// <summary>一 without a comparator: an article (一批, 一个).</summary>
    Article,

    /// <summary>Counts how work is organised (5个方面, 3大领域), not what it delivers.</summary>
    Organisation,

    /// <summary>A bare count before a rate or a stated amount in the same clause: it says whose (3个断面 … 达标率100%,
    /// 460个活动室提供不少于2300场).</summary>
    Population,

    /// <summary>A result, not a promise: 同比, a review section, or a paragraph that opens with 初步统计, 去年 ….</summary>
    Result,
}
