namespace Luoshi.Domain.Closing;

/// <summary>A step of the year-end closing (docs/closing.md).</summary>
public enum ClosingStep
{
    /// <summary>开启年底交账 (office, once per plan).</summary>
    Open,

    /// <summary>报送交账 (lead unit, pending or returned).</summary>
    Submit,

    /// <summary>退回 (office, submitted).</summary>
    Return,

    /// <summary>确认 (office, submitted).</summary>
    Confirm,

    /// <summary>更正 (office, confirmed): a recorded change with its reason, never an edit.</summary>
    Correct,

    /// <summary>上传佐证材料 (lead unit, pending or returned): a file attached to the account.</summary>
    Attach,

    /// <summary>删除佐证材料 (lead unit, pending or returned): a file taken off the account.</summary>
    Detach,
}
