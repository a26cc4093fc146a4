using System.Buffers;
using System.Text;
using Luoshi.ReportParsing.Text;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Cuts a target's subject (what is measured, in the report's words) out of its clause: the framing
/// verbs (确保, 实现, 力争…) and time words (年内) go, the rest stays as written.</summary>
internal static class SubjectText
{
    // Longest first within a shared start (进一步 before 进).
    private static readonly string[] Framing =
    [
        "确保", "实现", "力争", "保持", "坚持", "坚决", "努力", "争取", "全力", "全面", "着力", "积极", "切实", "深入",
        "大力", "加快", "持续", "进一步", "不断", "继续", "稳步", "扎实", "推动", "推进", "实施", "开展", "办好", "抓好",
        "做好", "健全完善", "健全", "完善", "守住", "力求", "同时", "其中", "并且", "要", "将", "并", "使", "让",
    ];

    private static readonly SearchValues<char> FramingStarts = SearchValues.Create([.. Framing.Select(w => w[0]).Distinct()]);

    /// <summary>The subject made of folded[start..end) with framing words at its start, and time words and note marks
    /// anywhere, removed; the characters are taken from <paramref name="original"/>.</summary>
    public static string From(string original, string folded, int start, int end)
    {
        start = SkipFraming(folded, start, end);
        var subject = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            var deadline = DeadlinePhrase.LengthAt(folded, i);
            if (deadline > 0 && i + deadline <= end)
            {
                i += deadline;
                continue;
            }

            var note = ReferenceMarks.LengthAt(folded, i, end);
            if (note > 0)
            {
                i += note; // 推广“民生微实事”[12]: the note mark is not part of what is promised
                continue;
            }

            subject.Append(original[i]);
            i++;
        }

        // A listed item keeps no separator: 、省级临床重点专科 → 省级临床重点专科.
        return WithoutTrailingFraming(subject.ToString().Trim().TrimStart('、').TrimEnd('的', '、').Trim());
    }

    // 高新技术企业力争达到260家: a framing word can stand between the subject and the comparator word.
    private static readonly string[] TrailingFraming = ["力争", "确保", "争取", "努力", "力求"];

    private static string WithoutTrailingFraming(string subject)
    {
        foreach (var word in TrailingFraming)
        {
            if (subject.Length > word.Length && subject.EndsWith(word, StringComparison.Ordinal))
            {
                return subject[..^word.Length].TrimEnd('并', '，', ',').Trim();
            }
        }

        return subject;
    }

    /// <summary>A subject cut from the original text, folded the way the rules read text (half-width, Simplified).</summary>
    public static string Fold(string subject) =>
        string.Create(subject.Length, subject, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = CharacterFolding.WidthAndScript[source[i]];
            }
        });

    /// <summary>Where the subject starts once framing words and time words are skipped.</summary>
    public static int SkipFraming(string folded, int start, int end)
    {
        var moved = true;
        while (moved && start < end)
        {
            moved = false;
            var deadline = DeadlinePhrase.LengthAt(folded, start);
            if (deadline > 0 && start + deadline <= end)
            {
                start += deadline;
                moved = true;
                continue;
            }

            if (!FramingStarts.Contains(folded[start]))
            {
                break;
            }

            foreach (var word in Framing)
            {
                if (string.CompareOrdinal(folded, start, word, 0, word.Length) == 0 && start + word.Length <= end)
                {
                    start += word.Length;
                    moved = true;
                    break;
                }
            }
        }

        return start;
    }
}
