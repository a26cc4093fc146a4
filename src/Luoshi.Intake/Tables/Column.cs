namespace Luoshi.Intake.Tables;

/// <summary>A column a file must (or may) have, found by its English name (any case) or its Chinese one, in any order;
/// other columns — an office's own notes — are left alone.</summary>
/// <param name="Name">The English header, as the documentation and errors name the column.</param>
/// <param name="Zh">The Chinese header an office may use instead.</param>
/// <param name="Required">False when the column may be left out; its cells then read as empty.</param>
public sealed record Column(string Name, string Zh, bool Required = true)
{
    /// <summary>True when a header cell names this column.</summary>
    public bool Matches(ReadOnlySpan<char> header)
    {
        var text = header.Trim();
        return text.Equals(Name, StringComparison.OrdinalIgnoreCase) || (Zh.Length > 0 && text.SequenceEqual(Zh));
    }

    /// <summary>"town (镇街)": how a missing column is named.</summary>
    public override string ToString() => Zh.Length == 0 ? Name : $"{Name} ({Zh})";
}
