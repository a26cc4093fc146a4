using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Targets;
using Luoshi.ReportParsing.Text;

namespace Luoshi.ReportParsing.Outline;

/// <summary>Reads the structure of a report paragraph by paragraph: numbered headings open sections, a
/// paragraph's short lead sentence names its work item, and the sentences after it are its tasks.</summary>
internal sealed class OutlineReader
{
    // A heading line without a sentence mark can be long (六、坚持…,切实…,全力…); a lead sentence is short.
    private const int MaxLeadLength = 40;

    private readonly string _original;
    private readonly string _folded;
    private readonly Func<int, int, bool> _holdsTarget;
    private readonly List<SectionDraft> _sections = [];
    private readonly List<WorkItemDraft> _workItems = [];
    private readonly List<OutlineSentence> _sentences = [];
    private readonly SectionDraft?[] _openByLevel = new SectionDraft?[3];
    private int _lastItemNumber;

    private OutlineReader(string original, string folded, Func<int, int, bool> holdsTarget)
    {
        _original = original;
        _folded = folded;
        _holdsTarget = holdsTarget;
    }

    /// <summary>Reads the outline from <paramref name="folded"/>, taking titles from <paramref name="original"/>;
    /// <paramref name="holdsTarget"/> tells whether a stretch of text states a target, because a sentence that does
    /// is a task, never a work item's name.</summary>
    public static ReportOutline Read(string original, string folded, Func<int, int, bool> holdsTarget)
    {
        var reader = new OutlineReader(original, folded, holdsTarget);
        foreach (var (start, end) in Paragraphs(folded))
        {
            reader.ReadParagraph(start, end);
        }

        return new ReportOutline(reader._sections, reader._workItems, reader._sentences);
    }

    private static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var (s, e) = Trim(text, start, end);
            if (e > s)
            {
                yield return (s, e);
            }

            start = end + 1;
        }
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private void ReadParagraph(int start, int end)
    {
        var mark = HeadingMark.Read(_folded, start, end) ?? HeadingMark.NextInList(_folded, start, end, _lastItemNumber);
        _lastItemNumber = mark is { Level: 3 } numbered && int.TryParse(numbered.Number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : mark is null ? _lastItemNumber : 0;
        if (mark is { Level: <= 2 } heading)
        {
            ReadHeading(heading, start, end);
            return;
        }

        var bullet = mark is null && ItemMarks.IsBullet(_folded, start, end) ? ItemMarks.LengthAt(_folded, start, end) : 0;
        var bodyStart = SkipSpaces(mark is { } item ? start + item.Length : start + bullet, end);
        var results = ResultParagraph.Opens(_folded, bodyStart, end);
        if (!HasSentenceEnd(start, end))
        {
            // A bullet, or a line that states a target (●城镇新增就业1.2万人以上), is an item however it ends; another
            // numbered line names a work item, and an unnumbered one is a title, a date or a salutation (各位代表：).
            if (bullet > 0 || (bodyStart < end && _holdsTarget(bodyStart, end)))
            {
                AddWorkItem(null, bodyStart, end, new SourceSpan(start, end - start), results);
            }
            else if (mark is not null && bodyStart < end)
            {
                AddWorkItem(_original[bodyStart..end], end, end, new SourceSpan(start, end - start), results);
            }

            return;
        }

        ReadWorkItem(bodyStart, end, results);
    }

    private void ReadHeading(HeadingMark mark, int start, int end)
    {
        var titleStart = SkipSpaces(start + mark.Length, end);
        var titleEnd = FirstSentenceEnd(titleStart, end);
        var (ts, te) = Trim(_folded, titleStart, titleEnd);
        if (te > ts && _holdsTarget(ts, te))
        {
            // 一、实施城镇道路畅通工程，新建改造道路10条…: a list item numbered like a heading. Its first clause names the
            // section when it promises nothing itself; all of its text is work.
            var first = Clause.Split(_folded, ts, te)[0];
            var title = _holdsTarget(first.Start, first.End) ? null : _original[first.Start..first.End];
            OpenSection(mark.Number, title, mark.Level, new SourceSpan(start, te - start));
            AddWorkItem(null, ts, end, new SourceSpan(ts, end - ts), results: false);
            return;
        }

        OpenSection(mark.Number, _original[ts..te], mark.Level, new SourceSpan(start, te - start));
        var rest = SkipSpaces(Math.Min(titleEnd + 1, end), end);
        if (rest < end)
        {
            AddWorkItem(null, rest, end, new SourceSpan(rest, end - rest), results: false);
        }
    }

    private void ReadWorkItem(int start, int end, bool results)
    {
        var leadEnd = FirstSentenceEnd(start, end);
        var (ls, le) = Trim(_folded, start, leadEnd);
        var rest = SkipSpaces(Math.Min(leadEnd + 1, end), end);
        // A paragraph of one sentence is a task; a lead sentence always has work after it.
        var isLead = rest < end && le - ls <= MaxLeadLength && !_holdsTarget(ls, le);
        if (isLead)
        {
            AddWorkItem(_original[ls..le], SkipSpaces(leadEnd + 1, end), end, new SourceSpan(start, end - start), results);
        }
        else
        {
            AddWorkItem(null, start, end, new SourceSpan(start, end - start), results);
        }
    }

    private void OpenSection(string? number, string? title, int level, SourceSpan span)
    {
        var parent = level > 1 ? _openByLevel[1] : null;
        var review = parent?.Review == true || IsReviewTitle(_folded.Substring(span.Start, span.Length));
        var section = new SectionDraft($"S{_sections.Count + 1}", number, title, level, parent?.Id, review, span);
        _sections.Add(section);
        _openByLevel[level] = section;
        if (level == 1)
        {
            _openByLevel[2] = null;
        }
    }

    // A review of last year's work (工作回顾) reports results; its numbers are not this year's targets.
    private static bool IsReviewTitle(string title) =>
        title.Contains("回顾", StringComparison.Ordinal) || title.Contains("过去一年", StringComparison.Ordinal)
        || title.Contains("过去五年", StringComparison.Ordinal) || title.Contains("工作总结", StringComparison.Ordinal);

    private void AddWorkItem(string? title, int bodyStart, int bodyEnd, SourceSpan span, bool results)
    {
        var section = _openByLevel[2] ?? _openByLevel[1] ?? OpenUnnumberedSection(span.Start);
        var workItem = new WorkItemDraft($"W{_workItems.Count + 1}", section.Id, title, span);
        _workItems.Add(workItem);
        if (bodyStart >= bodyEnd)
        {
            return;
        }

        foreach (var (s, e) in SentenceSplitter.Split(_folded, bodyStart, bodyEnd))
        {
            // （2）开工新建西环路 inside a paragraph: the item mark orders the list and is not part of the task.
            var taskStart = s + ItemMarks.LengthAt(_folded, s, e);
            _sentences.Add(new OutlineSentence(taskStart, e, section.Id, workItem.Id, section.Review || results));
        }
    }

    // Text before the first heading (an excerpt, or a report without numbered parts) still belongs somewhere.
    private SectionDraft OpenUnnumberedSection(int start)
    {
        OpenSection(null, null, 1, new SourceSpan(start, 0));
        return _openByLevel[1]!;
    }

    private int FirstSentenceEnd(int start, int end)
    {
        var sentences = SentenceSplitter.Split(_folded, start, end);
        if (sentences.Count == 0)
        {
            return end;
        }

        var first = sentences[0].End;
        while (first < end && !SentenceSplitter.IsSentenceEnd(_folded[first]))
        {
            first++;
        }

        return first;
    }

    private bool HasSentenceEnd(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (SentenceSplitter.IsSentenceEnd(_folded[i]))
            {
                return true;
            }
        }

        return false;
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && char.IsWhiteSpace(_folded[i]))
        {
            i++;
        }

        return i;
    }
}
