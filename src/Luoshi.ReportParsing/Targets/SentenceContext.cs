using Luoshi.ReportParsing.Explain;

namespace Luoshi.ReportParsing.Targets;

/// <summary>The report text a sentence is read from: the original for quoting, the folded text for matching.</summary>
internal sealed record SentenceContext(string Original, string Folded)
{
    /// <summary>Where dropped numbers are recorded when explanations are asked for; null otherwise.</summary>
    public ExplainLog? Log { get; init; }
}
