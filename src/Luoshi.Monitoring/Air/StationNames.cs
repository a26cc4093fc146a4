using System.Collections.Concurrent;

namespace Luoshi.Monitoring.Air;

/// <summary>
/// Interns station names so that a row allocates nothing once its station has been seen, and checks them against the
/// station list when one is given. Safe to use from several parsing threads at once.
/// </summary>
internal sealed class StationNames
{
    // Value: the interned name, or null for a name that is not on the station list.
    private readonly ConcurrentDictionary<string, string?> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly IReadOnlySet<string>? _known;

    public StationNames(IReadOnlySet<string>? known)
    {
        _known = known;
        _bySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The interned name, or null when a station list is given and the name is not on it.</summary>
    public string? Intern(ReadOnlySpan<char> name)
    {
        if (_bySpan.TryGetValue(name, out var interned))
        {
            return interned;
        }

        var text = name.ToString();
        return _names.GetOrAdd(text, _known is null || _known.Contains(text) ? text : null);
    }
}
