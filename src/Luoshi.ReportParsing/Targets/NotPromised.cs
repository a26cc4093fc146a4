using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Numbers in a clause that are read but promise nothing themselves: qualifiers of a noun (60岁以上老人), the
/// place of the work (在17个乡镇), the size of a list (这10件实事), descriptions (总投资50亿元的项目), slogans (四个不摘),
/// the organisation of work (5个方面) and the population of a rate (3个断面 … 达标率100%).</summary>
internal static class NotPromised
{
    // 5个方面 and 3大领域 describe how work is organised, not what it delivers.
    private static readonly string[] Organisation = ["方面", "领域", "环节", "维度", "层面", "重点", "方向", "优势"];

    // 票决出17项, 确定…为10项, 列入: the verbs that fix a list, and so say how long it is.
    private static readonly string[] ListVerbs = ["票决出", "票决产生", "确定", "列入"];

    /// <summary>For each quantity of the clause, why it is not a promise, or null when it may be one.</summary>
    public static DropReason?[] Reasons(string folded, Clause clause, List<Quantity> quantities, bool inBreakdown)
    {
        var reasons = new DropReason?[quantities.Count];
        for (var i = 0; i < quantities.Count; i++)
        {
            reasons[i] = FromItsWords(folded, clause, quantities, i)
                ?? (inBreakdown && IsPart(folded, clause, quantities, i) ? DropReason.Breakdown : null);
        }

        var besideRate = HasRateTarget(folded, clause, quantities, reasons);
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (reasons[i] is null && q.Comparator is null && q.Unit?.IsRate != true)
            {
                reasons[i] = Bare(folded, clause, q, besideRate || SaysWhoseAmount(folded, quantities, reasons, i));
            }
        }

        return reasons;
    }

    private static DropReason? FromItsWords(string folded, Clause clause, List<Quantity> quantities, int i)
    {
        var q = quantities[i];
        return IsListSize(folded, clause, q) ? DropReason.ListSize
            : IsQualifier(folded, clause, quantities, i) ? DropReason.Qualifier
            : IsScope(folded, clause, q) && i + 1 < quantities.Count ? DropReason.Scope
            : Describes(folded, q) ? DropReason.Describes
            : null;
    }

    private static DropReason? Bare(string folded, Clause clause, Quantity q, bool besideRate)
    {
        if (besideRate)
        {
            return DropReason.Population; // 3个断面 … 达标率100%: the count says whose rate it is
        }

        if (q.ChineseDigits && !ChineseCount.IsAmount(folded, clause, q))
        {
            return q.Value == 1m ? DropReason.Article : DropReason.Slogan;
        }

        return q.Unit is { Countable: true } && OrganisesWork(folded, q.End, clause.End) ? DropReason.Organisation : null;
    }

    // 这10件实事, 共10个项目被列入, 民生实事项目为10项, 最急需办的10项民生实事，依次为：the count says how long the
    // list is. 切实办好12件重点民生实事： still promises them: a verb that delivers comes before the count.
    private static bool IsListSize(string folded, Clause clause, Quantity q)
    {
        if (q.Comparator is not null || q.Start == clause.Start)
        {
            return false;
        }

        var before = folded[q.Start - 1];
        var rest = folded.AsSpan(q.End, clause.End - q.End);
        var words = folded.AsSpan(clause.Start, q.Start - clause.Start);
        return before is '这' or '共' || QuantityTargets.EndsWithAny(words, ListVerbs) || (before == '为' && rest.Trim().IsEmpty) || rest.Contains("列入", StringComparison.Ordinal)
            || (IntroducesList(folded, q.End) && !QuantityTargets.EndsWithAny(folded.AsSpan(clause.Start, q.Start - clause.Start), VerbWords.Delivery));
    }

    // …最急需办的10项民生实事，依次为：the sentence goes on to a colon that opens the list the count measures.
    private static bool IntroducesList(string folded, int from)
    {
        for (var i = from; i < folded.Length && i < from + 16; i++)
        {
            switch (folded[i])
            {
                case ':':
                    return true;
                case '。' or '!' or '?' or ';' or '\n' or '(':
                    return false;
                default:
                    if (char.IsAsciiDigit(folded[i]))
                    {
                        return false;
                    }

                    break;
            }
        }

        return false;
    }

    // 以上, 以下 or a range directly before a noun says which things are meant: 60岁以上老人, 10亿元以上项目, 35-64岁妇女.
    // For a count, or an amount whose noun is its unit, it does so only beside another amount (改造200个100户以上老旧小区)
    // or a rate; alone (引进100名以上校长, 解决300万以上农村人口饮水困难) it is the promise.
    private static bool IsQualifier(string folded, Clause clause, List<Quantity> quantities, int i)
    {
        var q = quantities[i];
        if (q.Unit?.IsRate == true || !(q.BoundAfter || q.Upper is not null) || !QualifiedNounFollows(folded, q.End, clause.End))
        {
            return false;
        }

        // A unit-less amount (300万以上农村人口) has its noun as its unit: it counts the noun, like a count does.
        if (q.Unit is { Countable: false })
        {
            return true;
        }

        var afterAnother = i > 0 && folded.AsSpan(quantities[i - 1].End, q.Start - quantities[i - 1].End).Trim().IsEmpty;
        return afterAnother || quantities.Skip(i + 1).Any(later => later.Unit?.IsRate == true);
    }

    // 在39个村改造升级10千伏线路16.66公里: where the work is done, beside the amount that is promised.
    private static bool IsScope(string folded, Clause clause, Quantity q) =>
        q.Start == q.NumberStart && q.NumberStart > clause.Start && folded[q.NumberStart - 1] == '在';

    // 总投资50亿元的项目 and 100户以上的小区 describe the project; 37处的机泵 and 2.5%的老年人 still count it. A count
    // right after 的 says which things the sentence is about (参加大会的237名代表, 提交的19项候选项目): promises put
    // their counts after a verb.
    private static bool Describes(string folded, Quantity q) =>
        (q.End < folded.Length && folded[q.End] == '的' && (q.Unit is null || (!q.Unit.Countable && !q.Unit.IsRate) || q.BoundAfter))
        || (q.Start > 0 && folded[q.Start - 1] == '的' && q.Comparator is null && q.Unit is { Countable: true });

    // After 其中, an amount whose own words name no work (中心城区53个, 学位1680个) is a part of the total before it;
    // one with its own verb (其中，建成…50条道路) is a promise of its own.
    private static bool IsPart(string folded, Clause clause, List<Quantity> quantities, int i)
    {
        var from = i > 0 ? quantities[i - 1].End : clause.Start;
        return !VerbWords.HasVerb(folded.AsSpan(from, quantities[i].Start - from));
    }

    private static bool HasRateTarget(string folded, Clause clause, List<Quantity> quantities, DropReason?[] reasons)
    {
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (reasons[i] is null && q.Unit?.IsRate == true
                && QuantityTargets.GrowthSign(folded.AsSpan(clause.Start, q.Start - clause.Start)) is null)
            {
                return true;
            }
        }

        return false;
    }

    // 460个居村综合文化活动室提供不少于2300场文化活动: a bare count before a stated amount, with no 、, 和 or 及 listing
    // them apart, names who delivers it. 建成基站800个和充电桩300个以上 lists two promises.
    private static bool SaysWhoseAmount(string folded, List<Quantity> quantities, DropReason?[] reasons, int i)
    {
        for (var later = i + 1; later < quantities.Count; later++)
        {
            var next = quantities[later];
            if (reasons[later] is null && next.Comparator is not null)
            {
                var between = folded.AsSpan(quantities[i].End, next.Start - quantities[i].End);
                return between.IndexOfAny("、和及与") < 0;
            }
        }

        return false;
    }

    // 5个方面 ends its noun phrase; 20项重点民生工程 only starts with 重点.
    private static bool OrganisesWork(string folded, int at, int end)
    {
        foreach (var word in Organisation)
        {
            if (string.CompareOrdinal(folded, at, word, 0, word.Length) == 0
                && (at + word.Length >= end || !QuantityTargets.IsHan(folded[at + word.Length]) || folded[at + word.Length] == '的'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool QualifiedNounFollows(string folded, int at, int end) =>
        at < end && QuantityTargets.IsHan(folded[at]) && folded[at] is not ('和' or '或' or '及' or '等' or '、');
}
