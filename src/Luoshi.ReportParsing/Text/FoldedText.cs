namespace Luoshi.ReportParsing.Text;

/// <summary>A report's original text beside the folded text the rules read; both have the same length.</summary>
internal sealed class FoldedText
{
    // Below this share of Traditional-only characters a text is Simplified with a few stray forms.
    private const double TraditionalShare = 0.02;

    private FoldedText(string original, string folded, bool traditional)
    {
        Original = original;
        Folded = folded;
        Traditional = traditional;
    }

    /// <summary>The text as read; spans and quoted text come from here.</summary>
    public string Original { get; }

    /// <summary>The text the rules match against: half-width, Simplified.</summary>
    public string Folded { get; }

    /// <summary>True when the original is written in Traditional characters.</summary>
    public bool Traditional { get; }

    public static FoldedText Create(string original)
    {
        var traditional = LooksTraditional(original);
        var table = traditional ? CharacterFolding.WidthAndScript : CharacterFolding.Width;
        var folded = string.Create(original.Length, (original, table), static (span, state) =>
        {
            var (source, map) = state;
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = map[source[i]];
            }
        });
        return new FoldedText(original, folded, traditional);
    }

    private static bool LooksTraditional(string text)
    {
        int hanCount = 0, traditionalCount = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                hanCount++;
                if (CharacterFolding.IsTraditionalOnly(c))
                {
                    traditionalCount++;
                }
            }
        }

        return traditionalCount >= 3 && traditionalCount >= hanCount * TraditionalShare;
    }
}
