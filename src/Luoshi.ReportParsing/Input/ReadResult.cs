using System.Diagnostics.CodeAnalysis;

namespace Luoshi.ReportParsing.Input;

/// <summary>Either the report's text or the reason it could not be read; reading never throws for a user's bad file.</summary>
public sealed class ReadResult
{
    private ReadResult(ReportText? report, ReportInputError? error) => (Report, Error) = (report, error);

    /// <summary>The text, when reading succeeded.</summary>
    public ReportText? Report { get; }

    /// <summary>The problem, when reading failed.</summary>
    public ReportInputError? Error { get; }

    /// <summary>True when <see cref="Report"/> holds the text.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Report is not null;

    /// <summary>A successful read.</summary>
    public static ReadResult Success(ReportText report) => new(report, null);

    /// <summary>A failed read of <paramref name="file"/>.</summary>
    public static ReadResult Failure(string file, string problem) => new(null, new ReportInputError(file, problem));
}
