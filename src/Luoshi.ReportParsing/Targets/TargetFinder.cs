using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Quantities;
using Luoshi.ReportParsing.Text;

namespace Luoshi.ReportParsing.Targets;

/// <summary>A target with the deadline that applies to it.</summary>
internal readonly record struct DatedTarget(TargetCandidate Target, DateOnly Deadline, bool DeadlineStated);

/// <summary>Finds the targets of one sentence, clause by clause: numbers first, then the word cues
/// (全覆盖, bottom lines, milestones, directions) in clauses that hold no number.</summary>
internal static class TargetFinder
{
    /// <summary>The targets in folded[start..end), each with its deadline (the plan year's end unless the
    /// sentence names a time; a time named in one clause holds for the clauses after it).</summary>
    public static List<DatedTarget> Find(SentenceContext s, int start, int end, int year)
    {
        var found = new List<DatedTarget>();
        // 同比 compares with last year's actual: a sentence that uses it reports a result, not a promise.
        if (s.Folded.AsSpan(start, end - start).Contains("同比", StringComparison.Ordinal))
        {
            DroppedNumbers.All(s, start, end, DropReason.Result);
            return found;
        }

        var excluded = QuotedRanges.Find(s.Folded, start, end);
        BreakdownRanges.AddTo(excluded, s.Folded, start, end);
        DateOnly? deadline = null;
        var memory = new SentenceMemory();
        foreach (var clause in Clause.Split(s.Folded, start, end))
        {
            if (DeadlinePhrase.Find(s.Folded, clause.Start, clause.End, year) is { } phrase)
            {
                deadline = phrase.Date;
            }

            memory.InBreakdown |= s.Folded.AsSpan(clause.Start, clause.End - clause.Start).StartsWith("其中", StringComparison.Ordinal);
            foreach (var target in InClause(s, clause, memory, excluded, deadline is not null))
            {
                if (target.Source is { } used)
                {
                    s.Log?.Use(used.Start, used.End);
                }

                found.Add(new DatedTarget(target, deadline ?? new DateOnly(year, 12, 31), deadline is not null));
            }

            memory.PreviousClause = clause;
        }

        DroppedNumbers.Rest(s, start, end, excluded);
        return found;
    }

    /// <summary>True when folded[start..end) states any target; such a sentence is a task, never a heading.</summary>
    public static bool HoldsTarget(SentenceContext s, int start, int end, int year) => Find(s, start, end, year).Count > 0;

    private static List<TargetCandidate> InClause(
        SentenceContext s, Clause clause, SentenceMemory memory, List<(int Start, int End)> excluded, bool dated)
    {
        var quantities = QuantityScanner.Scan(s.Folded, clause.Start, clause.End, excluded);
        if (quantities.Count > 0)
        {
            var targets = QuantityTargets.Find(s, clause, quantities, memory);
            if (targets.Count > 0)
            {
                targets.AddRange(ListedMilestones.Find(s, clause, targets));
                return targets;
            }
        }

        // A cue word inside a quoted name (实施“寄宿生生活补助全覆盖计划”) names a programme; it promises nothing itself.
        var cue = Unquoted(WordCues.Coverage(s, clause, memory), excluded) ?? Unquoted(WordCues.BottomLine(s, clause), excluded)
            ?? Unquoted(MilestoneCue.Find(s, clause, memory.PreviousClause, dated), excluded)
            ?? Unquoted(WordCues.Direction(s, clause), excluded);
        return cue is null ? [] : [cue];
    }

    private static TargetCandidate? Unquoted(TargetCandidate? cue, List<(int Start, int End)> excluded)
    {
        if (cue is null)
        {
            return null;
        }

        foreach (var (start, end) in excluded)
        {
            if (cue.Cue.Start >= start && cue.Cue.Start < end)
            {
                return null;
            }
        }

        return cue;
    }
}
