using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Values;

/// <summary>What text a person may store: at most so many characters for its kind, and no control characters.
/// PostgreSQL cannot store NUL at all and SQLite would keep it silently, so both databases get the same refusal here,
/// before either sees the text; the other C0 and C1 controls and unpaired surrogates are refused with it (nothing a
/// person types produces them). Tabs and line breaks are allowed in narratives, not in names and codes.</summary>
public static class TextRules
{
    /// <summary>A code (unit, task, village, household, criterion).</summary>
    public const int Code = 50;

    /// <summary>A name (unit, village, head of household, standard).</summary>
    public const int Name = 200;

    /// <summary>A note or an evidence reference.</summary>
    public const int Note = 500;

    /// <summary>A narrative: progress, problems, next steps (进展情况、存在问题、下一步措施).</summary>
    public const int Narrative = 2000;

    /// <summary>Null when <paramref name="text"/> is one line of at most <paramref name="maxLength"/> characters
    /// without control characters, else what is wrong.</summary>
    public static Words? Line(ReadOnlySpan<char> text, int maxLength) => Check(text, maxLength, lineBreaks: false);

    /// <summary>As <see cref="Line"/>, with tabs and line breaks allowed.</summary>
    public static Words? Block(ReadOnlySpan<char> text, int maxLength) => Check(text, maxLength, lineBreaks: true);

    private static Words? Check(ReadOnlySpan<char> text, int maxLength, bool lineBreaks)
    {
        if (text.Length > maxLength)
        {
            return Catalogue.Values.TooLong(maxLength, text.Length);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsRefused(c, lineBreaks))
            {
                return Catalogue.Values.ControlCharacter(c, i + 1);
            }
        }

        return null;
    }

    private static bool IsRefused(char c, bool lineBreaks) =>
        c is '\t' or '\n' or '\r' ? !lineBreaks : c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
