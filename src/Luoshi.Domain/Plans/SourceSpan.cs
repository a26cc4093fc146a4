namespace Luoshi.Domain.Plans;

/// <summary>Where in the report text something came from: a start offset and a length, in UTF-16 code units.</summary>
/// <remarks>Offsets index the decoded report text (for .docx, its paragraphs joined by line feeds), so a reader
/// can highlight the exact source of a task or target.</remarks>
public readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The smallest span that holds both spans.</summary>
    public SourceSpan Union(SourceSpan other)
    {
        var start = Math.Min(Start, other.Start);
        return new SourceSpan(start, Math.Max(End, other.End) - start);
    }
}
