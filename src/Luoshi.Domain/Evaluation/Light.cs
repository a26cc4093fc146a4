namespace Luoshi.Domain.Evaluation;

/// <summary>The office's red / yellow / green light (红黄绿灯) of a status.</summary>
public enum Light
{
    /// <summary>Achieved or on track.</summary>
    Green,

    /// <summary>Behind.</summary>
    Yellow,

    /// <summary>At risk, missed or not reported.</summary>
    Red,
}
