namespace Luoshi.Domain.Progress;

/// <summary>Where a progress report is in its review: draft → submitted → approved, or returned (with a reason) →
/// resubmitted → approved or returned again.</summary>
public enum ReportState
{
    /// <summary>Being written by the unit; nobody else sees it.</summary>
    Draft,

    /// <summary>Sent to the supervision office for review.</summary>
    Submitted,

    /// <summary>Sent back by the office with a reason; the unit must correct and resubmit.</summary>
    Returned,

    /// <summary>Sent again after a return.</summary>
    Resubmitted,

    /// <summary>Accepted by the office; its values count in the evaluation.</summary>
    Approved,
}
