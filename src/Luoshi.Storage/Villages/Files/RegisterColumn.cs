namespace Luoshi.Storage.Villages.Files;

/// <summary>A column of a register file: its English header and the Chinese one an office may use instead.</summary>
internal sealed record RegisterColumn(string Name, string Zh, bool Required = true)
{
    public bool Matches(string header) =>
        string.Equals(header, Name, StringComparison.OrdinalIgnoreCase) || string.Equals(header, Zh, StringComparison.Ordinal);

    public override string ToString() => $"{Name} ({Zh})";
}
