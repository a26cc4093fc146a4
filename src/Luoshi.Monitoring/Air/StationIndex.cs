namespace Luoshi.Monitoring.Air;

/// <summary>Numbers stations in order of first appearance, looking names up by span so a row allocates nothing.</summary>
internal sealed class StationIndex
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _names = [];

    public StationIndex() => _bySpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The names, index = station number.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The station's number, adding it when new.</summary>
    public int Of(ReadOnlySpan<char> name)
    {
        if (_bySpan.TryGetValue(name, out var index))
        {
            return index;
        }

        var added = name.ToString();
        _byName.Add(added, _names.Count);
        _names.Add(added);
        return _names.Count - 1;
    }
}
