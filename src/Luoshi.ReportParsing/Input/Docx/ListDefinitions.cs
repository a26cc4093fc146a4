using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.ReportParsing.Input.Docx;

/// <summary>The levels of every list instance (w:num) in a document, with its level overrides applied.</summary>
internal sealed class ListDefinitions
{
    private readonly Dictionary<int, ListLevel?[]> _levelsByNumId;

    private ListDefinitions(Dictionary<int, ListLevel?[]> levelsByNumId) => _levelsByNumId = levelsByNumId;

    public static ListDefinitions Of(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return new ListDefinitions([]);
        }

        var abstracts = new Dictionary<int, AbstractNum>();
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } id)
            {
                abstracts.TryAdd(id, abstractNum);
            }
        }

        var instances = numbering.Elements<NumberingInstance>()
            .Where(n => n.NumberID?.Value is not null)
            .GroupBy(n => n.NumberID!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        var levels = new Dictionary<int, ListLevel?[]>();
        foreach (var (numId, instance) in instances)
        {
            levels[numId] = LevelsOf(instance, abstracts, instances, main);
        }

        return new ListDefinitions(levels);
    }

    /// <summary>The nine levels of list instance <paramref name="numId"/> (a level may be missing), or null if there is no such list.</summary>
    public ListLevel?[]? LevelsOf(int numId) => _levelsByNumId.GetValueOrDefault(numId);

    private static ListLevel?[] LevelsOf(
        NumberingInstance instance, Dictionary<int, AbstractNum> abstracts, Dictionary<int, NumberingInstance> instances, MainDocumentPart main)
    {
        var levels = new ListLevel?[ListLevel.Count];
        if (instance.AbstractNumId?.Val?.Value is { } abstractId && abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            Fill(levels, LinkedAbstract(abstractNum, abstracts, instances, main) ?? abstractNum);
        }

        foreach (var lvlOverride in instance.Elements<LevelOverride>())
        {
            if (lvlOverride.LevelIndex?.Value is not (>= 0 and < ListLevel.Count and var index))
            {
                continue;
            }

            if (lvlOverride.Level is { } replacement)
            {
                levels[index] = ListLevel.From(replacement);
            }

            if (lvlOverride.StartOverrideNumberingValue?.Val?.Value is { } start && levels[index] is { } level)
            {
                levels[index] = level with { Start = start };
            }
        }

        return levels;
    }

    private static void Fill(ListLevel?[] levels, AbstractNum abstractNum)
    {
        foreach (var level in abstractNum.Elements<Level>())
        {
            if (level.LevelIndex?.Value is >= 0 and < ListLevel.Count and var index)
            {
                levels[index] = ListLevel.From(level);
            }
        }
    }

    // A list style (w:numStyleLink) keeps its levels in the abstract list that the style's own w:num points to.
    private static AbstractNum? LinkedAbstract(
        AbstractNum abstractNum, Dictionary<int, AbstractNum> abstracts, Dictionary<int, NumberingInstance> instances, MainDocumentPart main)
    {
        var styleId = abstractNum.NumberingStyleLink?.Val?.Value;
        var style = main.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        var numId = style?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
        return styleId is not null && numId is { } id && instances.TryGetValue(id, out var linked)
            && linked.AbstractNumId?.Val?.Value is { } linkedAbstractId && abstracts.TryGetValue(linkedAbstractId, out var target)
            ? target
            : null;
    }
}
