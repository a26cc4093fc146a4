using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.ReportParsing.Input.Docx;

/// <summary>Generates the labels Word shows before numbered paragraphs (一、 （一） 1.), counting in document order.</summary>
/// <remarks>
/// Counting is per list instance (w:num) and level; numbering a level restarts every deeper level of the same
/// instance. Word also lets two instances of one abstract list share their counts, and honours w:lvlRestart;
/// both are rare in work reports and not modelled here.
/// </remarks>
internal sealed class ListLabels
{
    private readonly ListDefinitions _lists;
    private readonly ParagraphNumbering _numbering;
    private readonly Dictionary<int, int?[]> _counters = [];

    private ListLabels(ListDefinitions lists, ParagraphNumbering numbering) => (_lists, _numbering) = (lists, numbering);

    public static ListLabels For(MainDocumentPart main)
    {
        var lists = ListDefinitions.Of(main);
        return new ListLabels(lists, ParagraphNumbering.Of(main, lists));
    }

    /// <summary>The label of <paramref name="paragraph"/>, or "" when it has none; call once per paragraph, in order.</summary>
    public string Next(Paragraph paragraph)
    {
        if (_numbering.Of(paragraph) is not var (numId, level) || level is < 0 or >= ListLevel.Count
            || _lists.LevelsOf(numId) is not { } levels || levels[level] is not { } definition)
        {
            return "";
        }

        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int?[ListLevel.Count];
            _counters[numId] = counters;
        }

        counters[level] = counters[level] + 1 ?? definition.Start;
        Array.Fill(counters, null, level + 1, ListLevel.Count - level - 1);

        // A bullet is a glyph, often from a symbol font's private-use area, and carries no number worth keeping.
        return definition.Format == "bullet" || definition.Text is null ? "" : Expand(definition, levels, counters, level);
    }

    private static string Expand(ListLevel definition, ListLevel?[] levels, int?[] counters, int level)
    {
        var template = definition.Text!;
        var label = new StringBuilder(template.Length + 4);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var referenced = template[++i] - '1';
                var value = counters[referenced] ?? levels[referenced]?.Start ?? 0;
                var format = definition.IsLegal && referenced < level ? "decimal" : levels[referenced]?.Format ?? "decimal";
                label.Append(ListNumberFormat.Format(value, format));
            }
            else
            {
                label.Append(template[i]);
            }
        }

        return label.ToString();
    }
}
