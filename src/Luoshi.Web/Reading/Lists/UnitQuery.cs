using Luoshi.Domain.Units;

namespace Luoshi.Web.Reading.Lists;

/// <summary>A unit typed into a filter, read as the command line reads one (<see cref="UnitNames"/>: its full name
/// or an alias, 人社局); failing that, every unit whose name contains the words (人社 finds 人力资源和社会保障局 only
/// through its alias, 教育 finds 教育局).</summary>
public sealed class UnitQuery
{
    private UnitQuery(string? asked, IReadOnlySet<string> names, bool known)
    {
        Asked = asked;
        Names = names;
        Known = known;
    }

    /// <summary>True when the words name a unit of the register (by name, alias or part of a name).</summary>
    public bool Known { get; }

    /// <summary>What was typed, trimmed; null when nothing was.</summary>
    public string? Asked { get; }

    /// <summary>The full names it names.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>True when a unit was asked for.</summary>
    public bool Active => Asked is not null;

    /// <summary>True when a unit was asked for and no unit is called that.</summary>
    public bool Unknown => Active && !Known;

    /// <summary>The query for <paramref name="typed"/> among <paramref name="units"/>.</summary>
    public static UnitQuery Of(string? typed, IReadOnlyList<OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var asked = string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
        if (asked is null)
        {
            return new UnitQuery(null, new HashSet<string>(), known: false);
        }

        if (new UnitNames(units).Find(asked) is { } name)
        {
            return new UnitQuery(asked, new HashSet<string>(StringComparer.Ordinal) { name }, known: true);
        }

        // A task may name a unit the register does not hold (the parser's suggestion): the words as given match it too.
        var names = new HashSet<string>(units.Where(u => u.Name.Contains(asked, StringComparison.Ordinal)).Select(u => u.Name), StringComparer.Ordinal);
        var known = names.Count > 0;
        names.Add(asked);
        return new UnitQuery(asked, names, known);
    }

    /// <summary>True when no unit was asked for or <paramref name="unit"/> is one it names.</summary>
    public bool Matches(string? unit) => !Active || (unit is not null && Names.Contains(unit));

    /// <summary>True when no unit was asked for or one of <paramref name="units"/> is one it names.</summary>
    public bool MatchesAny(IEnumerable<string?> units) => !Active || units.Any(u => u is not null && Names.Contains(u));
}
