using System.Buffers;
using Luoshi.ReportParsing.Text;

namespace Luoshi.ReportParsing.Targets;

/// <summary>A stretch of a sentence between commas, semicolons or colons; targets are found clause by clause.</summary>
internal readonly record struct Clause(int Start, int End)
{
    /// <summary>The clauses of folded[start..end): split at ，,；;：: outside quotes and brackets, trimmed of spaces and item marks.</summary>
    public static List<Clause> Split(string folded, int start, int end)
    {
        var clauses = new List<Clause>();
        var depth = 0;
        var clauseStart = start;
        for (var i = start; i < end; i++)
        {
            // Jump over the characters that neither open, close nor break (nearly all of them).
            var next = folded.AsSpan(i, end - i).IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = folded[i];
            if (c is '“' or '‘' or '「' or '『' or '《' or '(' or '【')
            {
                depth++;
            }
            else if (c is '”' or '’' or '」' or '』' or '》' or ')' or '】')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && IsBreak(folded, i, end))
            {
                Add(clauses, folded, clauseStart, i);
                clauseStart = i + 1;
            }
        }

        Add(clauses, folded, clauseStart, end);
        return clauses;
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create("“‘「『《(【”’」』》)】;:,");

    private static bool IsBreak(string folded, int i, int end) => folded[i] switch
    {
        ';' or ':' => true,
        // A comma between digits groups thousands (1,680); anywhere else it separates clauses.
        ',' => !(i > 0 && char.IsAsciiDigit(folded[i - 1]) && i + 1 < end && char.IsAsciiDigit(folded[i + 1])),
        _ => false,
    };

    private static void Add(List<Clause> clauses, string folded, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(folded[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(folded[end - 1]))
        {
            end--;
        }

        // 分别是：1.新修…, 一是实施…: an item mark opens the clause but is not part of it.
        start += ItemMarks.LengthAt(folded, start, end);

        if (end > start)
        {
            clauses.Add(new Clause(start, end));
        }
    }
}
