using Luoshi.ReportParsing.Drafts;

namespace Luoshi.Cli.Output;

/// <summary>Writes a draft plan in one of the output formats.</summary>
internal abstract class PlanWriter
{
    public abstract void Write(PlanDraft plan, TextWriter output);

    /// <summary>The writer for a format name: json (the contract for tools), md (for reading), csv (for Excel).</summary>
    public static PlanWriter For(string format) => format switch
    {
        "json" => new PlanJsonWriter(),
        "md" => new PlanMarkdownWriter(),
        "csv" => new PlanCsvWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
    };
}
