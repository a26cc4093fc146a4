namespace Luoshi.Storage.Monitoring;

/// <summary>The named sets a station or section belongs to, as an office file writes them: <c>城区;全市</c>.</summary>
internal static class SetNames
{
    // Offices type Chinese punctuation as often as ASCII; any of these separates two set names.
    private static readonly char[] Separators = [';', '；', '|', '、'];

    public static List<string> Parse(string text) =>
        [.. text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static string Write(IEnumerable<string> sets) => string.Join(';', sets);
}
