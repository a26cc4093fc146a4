namespace Luoshi.Domain.Progress;

/// <summary>The fields of a reported value: which of them a target takes depends on its measure.</summary>
public enum ValueField
{
    /// <summary>The period's amount, the level, the share in percent, percent complete or the events.</summary>
    Value,

    /// <summary>A ratio's part.</summary>
    Numerator,

    /// <summary>A ratio's whole.</summary>
    Denominator,

    /// <summary>The day a milestone was done.</summary>
    DoneOn,
}

/// <summary>What is wrong with one field of a reported value.</summary>
public readonly record struct ValueProblem(ValueField Field, Wording.Words Message);
