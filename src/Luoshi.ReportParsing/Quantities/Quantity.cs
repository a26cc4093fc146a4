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
    bool ChineseDigits);
