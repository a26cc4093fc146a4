namespace Luoshi.ReportParsing.Targets;

/// <summary>Where the words of one quantity lie in its clause: the subject and verb before it, the noun phrase
/// after it, and the stretch a reader sees highlighted.</summary>
/// <param name="Start">Where the words before the quantity start.</param>
/// <param name="BeforeEnd">Where they end (the quantity's start, or the first of a shared list).</param>
/// <param name="End">Where the noun phrase after the quantity may run to.</param>
/// <param name="SpanStart">Start of the target's text.</param>
/// <param name="SpanEnd">End of the target's text.</param>
/// <param name="Before">The words before, when they are not simply folded[Start..BeforeEnd) (分别 taken out).</param>
/// <param name="Subject">The subject, when it was worked out from a shared statement.</param>
internal readonly record struct QuantityFrame(
    int Start, int BeforeEnd, int End, int SpanStart, int SpanEnd, string? Before = null, string? Subject = null)
{
    /// <summary>True when the quantity is one item of a list (、, 和, 及) and its text and subject are its own words only.</summary>
    public bool IsListItem { get; init; }

    /// <summary>The words before the quantity, verb and subject.</summary>
    public ReadOnlySpan<char> BeforeText(string folded) =>
        Before is not null ? Before.AsSpan() : folded.AsSpan(Start, BeforeEnd - Start);
}
