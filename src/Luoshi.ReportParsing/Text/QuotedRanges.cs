namespace Luoshi.ReportParsing.Text;

/// <summary>Finds the quoted stretches of a sentence (“…”, 《…》, 「…」): programme names and titles, which state
/// no target even when they hold numbers (“百村示范、千村整治”, “四个不摘”).</summary>
internal static class QuotedRanges
{
    /// <summary>The quoted ranges of folded[start..end), quote marks included, in order.</summary>
    public static List<(int Start, int End)> Find(string folded, int start, int end)
    {
        var ranges = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            var close = Closing(folded[i]);
            if (close == '\0')
            {
                i++;
                continue;
            }

            var closeAt = folded.IndexOf(close, i + 1, end - i - 1);
            if (closeAt < 0)
            {
                i++;
                continue;
            }

            ranges.Add((i, closeAt + 1));
            i = closeAt + 1;
        }

        return ranges;
    }

    private static char Closing(char open) => open switch
    {
        '“' => '”',
        '‘' => '’',
        '「' => '」',
        '『' => '』',
        '《' => '》',
        '"' => '"',
        _ => '\0',
    };
}
