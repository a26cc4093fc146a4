namespace Luoshi.ReportParsing.Text;

/// <summary>A fixed set of short Chinese phrases to find in text.</summary>
/// <remarks>Work reports are searched clause by clause, a few dozen characters at a time, and a quarter of their
/// characters open some keyword. A bit per pair of opening characters (hashed into 64K bits) rules out almost every
/// position with two array reads; only the rest are compared. On such short spans this is several times faster than
/// <see cref="System.Buffers.SearchValues{T}"/> of strings, whose set-up per call dominates, or one IndexOf per phrase.</remarks>
internal sealed class PhraseSet
{
    private const int Bits = 1 << 16;

    private readonly ulong[] _openingPairs = new ulong[Bits / 64];
    private readonly ulong[] _singleCharacters = new ulong[Bits / 64];
    private readonly Dictionary<char, string[]> _byFirstCharacter;

    public PhraseSet(IEnumerable<string> phrases)
    {
        var distinct = phrases.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var phrase in distinct)
        {
            if (phrase.Length == 1)
            {
                Set(_singleCharacters, phrase[0]);
            }
            else
            {
                Set(_openingPairs, PairKey(phrase[0], phrase[1]));
            }
        }

        // Longest first, so that at one position 排放总量 wins over 排放.
        _byFirstCharacter = distinct.GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray());
    }

    /// <summary>The leftmost position in <paramref name="text"/> where a phrase starts, and the longest phrase
    /// there; (-1, "") when there is none.</summary>
    public (int At, string Phrase) Find(ReadOnlySpan<char> text)
    {
        for (var position = 0; position < text.Length; position++)
        {
            var c = text[position];
            var maybe = IsSet(_singleCharacters, c)
                || (position + 1 < text.Length && IsSet(_openingPairs, PairKey(c, text[position + 1])));
            if (!maybe || !_byFirstCharacter.TryGetValue(c, out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (text[position..].StartsWith(phrase, StringComparison.Ordinal))
                {
                    return (position, phrase);
                }
            }
        }

        return (-1, "");
    }

    /// <summary>True when <paramref name="text"/> holds any phrase of the set.</summary>
    public bool IsIn(ReadOnlySpan<char> text) => Find(text).At >= 0;

    private static int PairKey(char first, char second) => ((first * 31) + second) & (Bits - 1);

    private static void Set(ulong[] bits, int key) => bits[key >> 6] |= 1UL << (key & 63);

    private static bool IsSet(ulong[] bits, int key) => (bits[key >> 6] & (1UL << (key & 63))) != 0;
}
