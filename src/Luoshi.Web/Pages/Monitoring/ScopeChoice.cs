namespace Luoshi.Web.Pages.Monitoring;

/// <summary>One choice in a page's scope list: a set (城区) or one station or section, with what the list shows.</summary>
/// <param name="Value">The scope as a binding names it.</param>
/// <param name="Label">What the list shows.</param>
public sealed record ScopeChoice(string Value, string Label)
{
    /// <summary>The sets first (by name), then each member by code.</summary>
    public static IReadOnlyList<ScopeChoice> Of<T>(IEnumerable<T> members, Func<T, string> code, Func<T, string> name, Func<T, List<string>> sets) =>
    [
        .. members.SelectMany(sets).Distinct().Order(StringComparer.Ordinal).Select(s => new ScopeChoice(s, s)),
        .. members.Select(m => new ScopeChoice(code(m), $"{name(m)}（{code(m)}）")),
    ];
}
