namespace Luoshi.Domain.Monitoring;

/// <summary>The named sets a station or section belongs to, as an office writes them: <c>城区;全市</c>.</summary>
public static class SetNames
{
    // Offices type Chinese punctuation as often as ASCII; any of these separates two set names.
    private static readonly char[] Separators = [';', '；', '|', '、'];

    /// <summary>The set names of <paramref name="text"/>, each once.</summary>
    public static List<string> Parse(string text) =>
        [.. (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
