namespace Luoshi.Domain.Plans;

/// <summary>A numbered part of the report (一、… level 1, （一）… level 2).</summary>
public sealed class Section
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The plan it belongs to.</summary>
    public int PlanId { get; set; }

    /// <summary>The parser's id (S1, S2…), unique within the plan; stable across re-imports of the same text.</summary>
    public required string Code { get; set; }

    /// <summary>The heading number as written (一, （二）), or null for text before any heading.</summary>
    public string? Number { get; set; }

    /// <summary>The heading text.</summary>
    public string? Title { get; set; }

    /// <summary>1 for 一、 headings, 2 for （一）.</summary>
    public int Level { get; set; }

    /// <summary>The code of the enclosing section, or null.</summary>
    public string? ParentCode { get; set; }

    /// <summary>Where the heading stands in the report text.</summary>
    public SourceSpan Span { get; set; }
}
