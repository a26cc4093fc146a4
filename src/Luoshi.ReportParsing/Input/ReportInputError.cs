namespace Luoshi.ReportParsing.Input;

/// <summary>Why a report file could not be read, in one line that names the file.</summary>
public sealed record ReportInputError(string File, string Problem)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}: {Problem}";
}
