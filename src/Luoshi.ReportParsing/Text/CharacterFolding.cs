using System.Globalization;

namespace Luoshi.ReportParsing.Text;

/// <summary>One-to-one character tables that bring every report to one spelling: half-width digits and
/// punctuation, and Simplified characters for a Traditional text.</summary>
/// <remarks>Every mapping is one UTF-16 unit to one, so folded text has the same length as the original
/// and an offset found in one is the same offset in the other.</remarks>
internal static class CharacterFolding
{
    private const string TraditionalTableResource = "Luoshi.ReportParsing.traditional-to-simplified.tsv";

    // Declared before the tables: static fields are set in the order they are written.
    private static readonly (char Variant, char Standard)[] Variants = [('\u5897', '\u589E')];

    /// <summary>Full-width ASCII, ideographic space, dash variants and a few variant characters to their plain forms; identity elsewhere.</summary>
    public static readonly char[] Width = BuildWidthTable();

    /// <summary><see cref="Width"/> followed by Traditional → Simplified.</summary>
    public static readonly char[] WidthAndScript = BuildScriptTable(Width);

    /// <summary>True for a character that only Traditional text uses (it has a different Simplified form).</summary>
    public static bool IsTraditionalOnly(char c) => WidthAndScript[c] != Width[c];

    private static char[] BuildWidthTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            table[c] = (char)(c - 0xFEE0);
        }

        table['\u3000'] = ' ';
        // Ranges are written 6%—6.5% or 6%～6.5% as often as with a hyphen.
        foreach (var dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63")
        {
            table[dash] = '-';
        }

        table['\u301C'] = '~';
        // Variant forms that slip into Simplified reports from other input methods: 全省生产总值増长8% is 增长.
        foreach (var (variant, standard) in Variants)
        {
            table[variant] = standard;
        }

        return table;
    }

    private static char[] BuildScriptTable(char[] width)
    {
        var table = (char[])width.Clone();
        using var stream = typeof(CharacterFolding).Assembly.GetManifestResourceStream(TraditionalTableResource)
            ?? throw new InvalidOperationException($"missing resource {TraditionalTableResource}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var from = (char)int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var to = (char)int.Parse(line.AsSpan(tab + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            table[from] = to;
        }

        return table;
    }
}
