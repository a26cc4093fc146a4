namespace Luoshi.Domain.Closing;

/// <summary>Where one task's year-end account stands.</summary>
public enum ClosingState
{
    /// <summary>未报送: the closing is open and the lead unit has not submitted.</summary>
    Pending,

    /// <summary>待审核: submitted by the lead unit, waiting for the office.</summary>
    Submitted,

    /// <summary>已退回: returned by the office with a reason; the unit resubmits.</summary>
    Returned,

    /// <summary>已确认: confirmed by the office and frozen; a later change is a recorded correction.</summary>
    Confirmed,
}
