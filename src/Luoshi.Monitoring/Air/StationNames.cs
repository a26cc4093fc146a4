namespace Luoshi.Monitoring.Air;

/// <summary>
/// Interns station names so that a row allocates nothing once its station has been seen, and checks them against the
/// station list when one is given. Used by one parsing thread at a time.
/// </summary>
/// <remarks>
/// Files repeat a cycle of stations (all stations for one hour, then the next hour) or one station for many rows, so
/// the name after the last one seen is tried first, then the last one itself, and only then the dictionary.
/// </remarks>
internal sealed class StationNames
{
    // Value: the interned name, or null for a name that is not on the station list.
    private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _cycle = [];
    private readonly IReadOnlySet<string>? _known;
    private int _last = -1;

    public StationNames(IReadOnlySet<string>? known)
    {
        _known = known;
        _bySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The interned name, or null when a station list is given and the name is not on it.</summary>
    public string? Intern(ReadOnlySpan<char> name)
    {
        var next = _last + 1 == _cycle.Count ? 0 : _last + 1;
        if (next < _cycle.Count && name.SequenceEqual(_cycle[next]))
        {
            _last = next;
            return _cycle[next];
        }

        if (_last >= 0 && name.SequenceEqual(_cycle[_last]))
        {
            return _cycle[_last];
        }

        return Lookup(name);
    }

    private string? Lookup(ReadOnlySpan<char> name)
    {
        if (!_bySpan.TryGetValue(name, out var interned))
        {
            var text = name.ToString();
            interned = _known is null || _known.Contains(text) ? text : null;
            _names.Add(text, interned);
            if (interned is not null)
            {
                _cycle.Add(interned);
            }
        }

        if (interned is not null)
        {
            _last = _cycle.IndexOf(interned);
        }

        return interned;
    }
}
