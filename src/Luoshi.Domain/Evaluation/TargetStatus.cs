namespace Luoshi.Domain.Evaluation;

/// <summary>Where a target stands as of a date (docs/evaluation.md gives the rules).</summary>
public enum TargetStatus
{
    /// <summary>The promise is kept for good.</summary>
    Achieved,

    /// <summary>Green: at or ahead of the expected trajectory.</summary>
    OnTrack,

    /// <summary>Yellow: behind the trajectory, within the plan's tolerance.</summary>
    Behind,

    /// <summary>Red: far behind the trajectory, or a bottom line breached.</summary>
    AtRisk,

    /// <summary>The deadline has passed and the promise was not kept.</summary>
    Missed,

    /// <summary>A report the target needs is overdue.</summary>
    NotReported,
}
