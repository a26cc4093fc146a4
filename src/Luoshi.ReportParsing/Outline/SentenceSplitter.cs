using System.Buffers;

namespace Luoshi.ReportParsing.Outline;

/// <summary>Splits a paragraph into sentences at 。！？； outside quotes and brackets.</summary>
internal static class SentenceSplitter
{
    /// <summary>The sentences of folded[start..end), each trimmed of spaces and its closing mark.</summary>
    public static List<(int Start, int End)> Split(string folded, int start, int end)
    {
        var sentences = new List<(int, int)>();
        var depth = 0;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            // Jump over the characters that neither open, close nor end a sentence (nearly all of them).
            var next = folded.AsSpan(i, end - i).IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = folded[i];
            if (IsOpening(c))
            {
                depth++;
            }
            else if (IsClosing(c))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && IsSentenceEnd(c))
            {
                Add(sentences, folded, sentenceStart, i);
                sentenceStart = i + 1;
            }
        }

        Add(sentences, folded, sentenceStart, end);
        return sentences;
    }

    /// <summary>True for marks that end a sentence: 。！？； and their half-width forms.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '!' or '?' or ';';

    private static readonly SearchValues<char> Marks = SearchValues.Create("“‘「『《(【〔”’」』》)】〕。!?;");

    private static bool IsOpening(char c) => c is '“' or '‘' or '「' or '『' or '《' or '(' or '【' or '〔';

    private static bool IsClosing(char c) => c is '”' or '’' or '」' or '』' or '》' or ')' or '】' or '〕';

    private static void Add(List<(int, int)> sentences, string folded, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(folded[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(folded[end - 1]) || IsSentenceEnd(folded[end - 1])))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
