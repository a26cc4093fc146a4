namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>One output record being filled; reused from record to record.</summary>
internal sealed class AqiRecord
{
    private readonly List<AqiField> _fields = new(32);

    public ReadOnlySpan<AqiField> Fields => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_fields);

    public IEnumerable<string> Names => _fields.Select(f => f.Name);

    public AqiRecord Clear()
    {
        _fields.Clear();
        return this;
    }

    public AqiRecord Add(AqiField field)
    {
        _fields.Add(field);
        return this;
    }
}
