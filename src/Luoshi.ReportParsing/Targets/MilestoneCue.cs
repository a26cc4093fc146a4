using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Text;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Milestones: a project completed, opened or put into use (建成, 投入使用, 竣工…) within the year or by a
/// stated date. Done or not done, with no number.</summary>
internal static class MilestoneCue
{
    private static readonly string[] Events =
    [
        "建成投用", "建设投用", "建成投产", "建成运营", "投入使用", "投入运营", "交付使用", "建成", "投用", "投产", "竣工", "完工",
        "通车", "开通", "启用", "开业", "开工建设", "开工", "完成",
    ];

    private static readonly PhraseSet AnyEvent = new(Events);

    // Only these 完成 objects are projects; 完成目标任务 is not a milestone.
    private static readonly string[] CompletionObjects = ["建设", "改造", "工程", "项目", "验收", "搬迁", "修缮", "治理", "整治"];

    // 确保第二人民医院竣工, 力争X建成投用: a promise word opening the clause makes the event a commitment without a date.
    private static readonly string[] PromiseWords = ["确保", "力争", "争取", "保证"];

    // Without a date, 加快建成… is an aim, not a promise with a finish line.
    private static readonly string[] VagueLeads = ["加快", "推进", "推动", "加速", "力争早日", "着力", "逐步"];

    // Objects that never finish on a day: 建成…体系 or …机制 are ongoing.
    private static readonly string[] OngoingObjects =
    [
        "体系", "机制", "格局", "制度", "模式", "环境", "局面", "氛围", "目标", "任务", "要求", "水平", "能力",
    ];

    /// <summary>The milestone in <paramref name="c"/>, or null; <paramref name="dated"/> tells whether the report
    /// gives this clause a time (年内, 6月底前) itself or earlier in the sentence.</summary>
    public static TargetCandidate? Find(SentenceContext s, Clause c, Clause? previous, bool dated)
    {
        var folded = s.Folded;
        var (eventAt, eventWord) = FindEvent(folded, c);
        if (eventAt < 0)
        {
            return null;
        }

        var body = SubjectText.SkipFraming(folded, c.Start, c.End);
        var lead = folded.AsSpan(c.Start, Math.Max(0, eventAt - c.Start));
        var isCompletion = eventWord == "完成";
        var objectText = isCompletion ? CompletedObject(folded, c, eventAt) : folded.AsSpan(body, c.End - body);
        var promised = AnyEvent.Find(folded.AsSpan(body, c.End - body)).At == 0 || OpensWithPromise(folded, c)
            || ClosesAfterProject(folded, c, eventAt);
        if ((isCompletion && !QuantityTargets.EndsWithAny(objectText, CompletionObjects))
            || QuantityTargets.EndsWithAny(objectText, OngoingObjects)
            || lead.Contains('是') // 2019年是全面建成小康社会关键之年 describes the year
            || (!dated && (QuantityTargets.EndsWithAny(lead, VagueLeads) || !promised)))
        {
            return null;
        }

        var subject = SubjectText.From(s.Original, folded, c.Start, c.End);
        var start = c.Start;
        var rule = ExplainRule.CueClause;
        if (body == eventAt && eventAt + eventWord.Length >= c.End && previous is { } antecedent)
        {
            // 全面推进城区截污管网工程建设，确保年内投入使用: what is put into use is named in the clause before.
            var objectStart = SubjectText.SkipFraming(folded, antecedent.Start, antecedent.End);
            var objectEnd = folded.AsSpan(objectStart, antecedent.End - objectStart).EndsWith("建设", StringComparison.Ordinal)
                ? antecedent.End - 2
                : antecedent.End;
            subject = s.Original[objectStart..objectEnd] + subject;
            start = antecedent.Start;
            rule = ExplainRule.MilestoneAntecedent;
        }

        return new TargetCandidate(start, c.End, TargetKind.Milestone, Comparator.Equal, null, null, null, subject)
        {
            ComparatorRule = ExplainRule.Milestone, SubjectRule = rule, Cue = (eventAt, eventAt + eventWord.Length),
        };
    }

    // 完成 before its object (完成靖宁路给水管网工程（三期）) or closing the clause after it (“村村通”工程今年全面完成).
    private static ReadOnlySpan<char> CompletedObject(string folded, Clause c, int eventAt) =>
        eventAt + 2 < c.End ? WithoutTrailingBracket(folded.AsSpan(eventAt, c.End - eventAt)) : ObjectBefore(folded, c, eventAt);

    // X工程建成通车, S246线改线工程竣工: the events close the clause after a project — the list states it as done this
    // year, as 建成X does; 随着X工程建成 (as X opens) only sets the scene.
    private static bool ClosesAfterProject(string folded, Clause c, int eventAt)
    {
        var rest = folded.AsSpan(eventAt, c.End - eventAt);
        for (var word = AnyEvent.Find(rest); word.At == 0; word = AnyEvent.Find(rest))
        {
            rest = rest[word.Phrase.Length..];
        }

        return rest.IsEmpty && QuantityTargets.EndsWithAny(ObjectBefore(folded, c, eventAt), ProjectNouns)
            && !QuantityTargets.StartsWithAny(folded.AsSpan(c.Start, c.End - c.Start), SceneLeads);
    }

    private static readonly string[] ProjectNouns = ["工程", "项目"];

    // 推进X项目建成 is an aim and 随着X工程建成 a setting, not a project stated as done.
    private static readonly string[] SceneLeads = [.. VagueLeads, "随着", "待"];

    // The words before the event without the adverbs and the time between them and it: “村村通”工程今年全面完成 → “村村通”工程.
    private static ReadOnlySpan<char> ObjectBefore(string folded, Clause c, int eventAt)
    {
        var lead = folded.AsSpan(c.Start, eventAt - c.Start);
        foreach (var adverb in CompletionAdverbs)
        {
            if (lead.EndsWith(adverb, StringComparison.Ordinal))
            {
                lead = lead[..^adverb.Length];
                break;
            }
        }

        for (var from = Math.Max(0, lead.Length - 6); from < lead.Length; from++)
        {
            if (DeadlinePhrase.LengthAt(folded, c.Start + from) == lead.Length - from)
            {
                return lead[..from];
            }
        }

        return lead;
    }

    // 完成城镇老旧小区改造项目（三期）: a bracket after the project names its phase.
    private static ReadOnlySpan<char> WithoutTrailingBracket(ReadOnlySpan<char> text)
    {
        var open = text.LastIndexOfAny('（', '(');
        return open > 0 && text[^1] is '）' or ')' ? text[..open] : text;
    }

    // How a report says a project finishes in full: 全面完成, 如期完成, 全部完成.
    private static readonly string[] CompletionAdverbs = ["全面", "全部", "如期", "按期", "按时"];

    private static bool OpensWithPromise(string folded, Clause c)
    {
        var at = c.Start;
        for (var time = DeadlinePhrase.LengthAt(folded, at); time > 0 && at + time < c.End; time = DeadlinePhrase.LengthAt(folded, at))
        {
            at += time;
        }

        return QuantityTargets.StartsWithAny(folded.AsSpan(at, c.End - at), PromiseWords);
    }

    // The first word of Events (in its order of preference) that the clause holds, wherever it stands.
    private static (int At, string Word) FindEvent(string folded, Clause c)
    {
        if (!AnyEvent.IsIn(folded.AsSpan(c.Start, c.End - c.Start)))
        {
            return (-1, "");
        }

        foreach (var word in Events)
        {
            var at = folded.IndexOf(word, c.Start, c.End - c.Start, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (at, word);
            }
        }

        return (-1, "");
    }
}
