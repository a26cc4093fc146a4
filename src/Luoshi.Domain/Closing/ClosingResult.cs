namespace Luoshi.Domain.Closing;

/// <summary>A promise's account at year end (年底交账).</summary>
public enum ClosingResult
{
    /// <summary>完成: the goal was met by the deadline.</summary>
    Done,

    /// <summary>基本完成: short of the goal within the office's tolerance for the target's kind, or met late in the year.</summary>
    BasicallyDone,

    /// <summary>未完成: anything else.</summary>
    NotDone,
}
