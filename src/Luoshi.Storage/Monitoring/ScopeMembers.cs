namespace Luoshi.Storage.Monitoring;

/// <summary>What a target's scope names among stations or sections: the one with that code, or all of the set with
/// that name (the import keeps set names and codes apart, so it is never both).</summary>
internal static class ScopeMembers
{
    /// <param name="kind">"station" or "section", for the message.</param>
    /// <param name="command">The command that registers them, for the message.</param>
    public static (List<T> Members, string? Problem) Resolve<T>(
        IReadOnlyList<T> all, string scope, Func<T, string> code, Func<T, List<string>> sets, string kind, string command)
    {
        var named = all.Where(m => code(m) == scope || sets(m).Contains(scope)).ToList();
        if (named.Count > 0)
        {
            return (named, null);
        }

        if (all.Count == 0)
        {
            return ([], $"no {kind} or {kind} set '{scope}': the ledger has no {kind}s yet ({command})");
        }

        var known = all.SelectMany(sets).Distinct().Order(StringComparer.Ordinal).ToList();
        return ([], $"no {kind} or {kind} set '{scope}' (sets: {(known.Count == 0 ? "none" : string.Join(", ", known))}; "
            + $"{kind}s: {string.Join(", ", all.Select(code))})");
    }
}
