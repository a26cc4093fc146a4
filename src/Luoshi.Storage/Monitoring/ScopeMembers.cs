using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Monitoring;

/// <summary>What a target's scope names among stations or sections: the one with that code, or all of the set with
/// that name (the import keeps set names and codes apart, so it is never both).</summary>
internal static class ScopeMembers
{
    /// <param name="kind">Station or section, for the message.</param>
    /// <param name="command">The command that registers them, for the message.</param>
    public static (List<T> Members, Words? Problem) Resolve<T>(
        IReadOnlyList<T> all, string scope, Func<T, string> code, Func<T, List<string>> sets, Words kind, string command)
    {
        var named = all.Where(m => code(m) == scope || sets(m).Contains(scope)).ToList();
        if (named.Count > 0)
        {
            return (named, null);
        }

        if (all.Count == 0)
        {
            return ([], Catalogue.Monitoring.NoneRegistered(kind, scope, command));
        }

        var known = all.SelectMany(sets).Distinct().Order(StringComparer.Ordinal).ToList();
        return ([], Catalogue.Monitoring.NoSuchScope(kind, scope, known, all.Select(code)));
    }
}
