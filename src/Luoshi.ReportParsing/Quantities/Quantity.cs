using Luoshi.Domain.Plans;

namespace Luoshi.ReportParsing.Quantities;

/// <summary>A number found in a clause, with its unit and the comparator words around it.</summary>
/// <param name="Start">Where the phrase starts, a comparator word before the number included (控制在4%以内).</param>
/// <param name="End">Where the phrase ends, a comparator word after the unit included.</param>
/// <param name="NumberStart">Where the number itself starts.</param>
/// <param name="Comparator">The comparator the words state, or null for a bare number.</param>
/// <param name="ChineseDigits">True when written in Chinese numerals (十件), which names use far more often than amounts.</param>
internal sealed record Quantity(
    int Start,
    int End,
    int NumberStart,
    decimal Value,
    decimal? Upper,
    MeasureUnit? Unit,
    Comparator? Comparator,
    bool ChineseDigits)
{
    /// <summary>Where a comparator word before the number ends (Start..WordBeforeEnd is 不少于, 控制在), and 百分之 begins.</summary>
    public int WordBeforeEnd { get; init; }

    /// <summary>Where the number (with its scale characters, 2千, 1.3万亿) ends.</summary>
    public int NumberEnd { get; init; }

    /// <summary>Where the unit's words are, or -1 when the number has none; a unit shared by a list lies after it.</summary>
    public int UnitStart { get; init; } = -1;

    /// <inheritdoc cref="UnitStart"/>
    public int UnitEnd { get; init; } = -1;

    /// <summary>Where a comparator word after the number (以上, 左右, 余) starts, or -1.</summary>
    public int AfterWordStart { get; init; } = -1;

    /// <summary>True when the number carries 万 or 亿 (120万): such a figure is an amount even without a unit.</summary>
    public bool Scaled { get; init; }

    /// <summary>True when 以上, 以下 or 以内 follow the amount: the words that make 60岁以上 a qualifier when a noun follows.</summary>
    public bool BoundAfter => AfterWordStart >= 0 && Comparator is Domain.Plans.Comparator.AtLeast or Domain.Plans.Comparator.AtMost;
}
