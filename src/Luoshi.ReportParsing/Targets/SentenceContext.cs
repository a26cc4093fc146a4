namespace Luoshi.ReportParsing.Targets;

/// <summary>The report text a sentence is read from: the original for quoting, the folded text for matching.</summary>
internal sealed record SentenceContext(string Original, string Folded);
