using Luoshi.Domain.Plans;

namespace Luoshi.Storage.Indicators;

/// <summary>Suggests the indicator a parsed target most likely measures, from the words of its clause: the office
/// confirms or changes it, so a report's 优良率 or 达标率 does not wait for someone to know the indicator names.</summary>
public static class IndicatorSuggestions
{
    /// <summary>The bindings suggested for <paramref name="target"/>, best first (most keywords matched); none when
    /// no indicator's keywords occur in its subject or clause.</summary>
    public static IReadOnlyList<IndicatorBinding> For(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return [.. IndicatorSources.All
            .Select(s => (s.Info, Hits: s.Info.Keywords?.Count(k => target.Subject.Contains(k, StringComparison.Ordinal)
                || target.Text.Contains(k, StringComparison.Ordinal)) ?? 0))
            .Where(x => x.Hits > 0)
            .OrderByDescending(x => x.Hits)
            .Select(x => new IndicatorBinding(x.Info.Name, x.Info.DefaultScope ?? ""))];
    }
}
