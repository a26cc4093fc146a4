namespace Luoshi.ReportParsing.Targets;

/// <summary>Milestones listed with 、 beside amounts in one clause: 建成凤林北路等6条市政道路、建成子午大道天桥 promises
/// the roads (a count) and the bridge (a milestone).</summary>
internal static class ListedMilestones
{
    /// <summary>The milestones of the 、-items of <paramref name="clause"/> after its first number target. Items before
    /// it name what the count counts (建成香港中文大学（深圳）医院、市第三儿童医院等15个重大医疗项目).</summary>
    public static IEnumerable<TargetCandidate> Find(SentenceContext s, Clause clause, List<TargetCandidate> numbered)
    {
        var folded = s.Folded;
        if (folded.IndexOf('、', clause.Start, clause.End - clause.Start) < 0)
        {
            yield break;
        }

        var firstCount = numbered.Where(t => t.Source is not null).Select(t => t.Source!.End).DefaultIfEmpty(clause.End).Min();
        var itemStart = clause.Start;
        var depth = 0;
        for (var i = clause.Start; i <= clause.End; i++)
        {
            var c = i < clause.End ? folded[i] : '、';
            depth += c is '(' or '“' ? 1 : c is ')' or '”' ? -1 : 0;
            if (c != '、' || depth > 0)
            {
                continue;
            }

            var item = new Clause(itemStart, i);
            itemStart = i + 1;
            if (item.Start >= firstCount && !numbered.Exists(t => t.Source is { } q && q.Start < item.End && q.End > item.Start)
                && MilestoneCue.Find(s, item, previous: null, dated: false) is { } milestone
                && milestone.Cue.End < item.End)
            {
                yield return milestone;
            }
        }
    }
}
