namespace Luoshi.Domain.Plans;

/// <summary>The short symbols used for comparators in files and APIs (&gt;=, &lt;=, =, ~, between).</summary>
public static class ComparatorSymbols
{
    /// <summary>The symbol of a comparator, e.g. <c>&gt;=</c> for <see cref="Comparator.AtLeast"/>.</summary>
    public static string ToSymbol(this Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => ">=",
        Comparator.AtMost => "<=",
        Comparator.Equal => "=",
        Comparator.About => "~",
        Comparator.Between => "between",
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, null),
    };

    /// <summary>The comparator a symbol stands for, or null when the symbol is not one of ours.</summary>
    public static Comparator? FromSymbol(string symbol) => symbol switch
    {
        ">=" => Comparator.AtLeast,
        "<=" => Comparator.AtMost,
        "=" => Comparator.Equal,
        "~" => Comparator.About,
        "between" => Comparator.Between,
        _ => null,
    };
}
