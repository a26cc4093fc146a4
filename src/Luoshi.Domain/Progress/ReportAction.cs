namespace Luoshi.Domain.Progress;

/// <summary>What someone does to a progress report.</summary>
public enum ReportAction
{
    /// <summary>The unit sends a draft (or a returned report) for review.</summary>
    Submit,

    /// <summary>The office accepts a submitted report.</summary>
    Approve,

    /// <summary>The office sends a submitted report back, with a reason.</summary>
    Return,
}
