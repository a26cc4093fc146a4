namespace Luoshi.Domain.Values;

/// <summary>The years a plan, an income or an assessment may be of: 2000 to 2100 (a typo such as 202 or 20222 is
/// refused, never read as a year).</summary>
public static class YearRule
{
    /// <summary>The first year accepted.</summary>
    public const int First = 2000;

    /// <summary>The last year accepted.</summary>
    public const int Last = 2100;

    /// <summary>True when <paramref name="year"/> is one the ledger keeps.</summary>
    public static bool Allows(int year) => year is >= First and <= Last;

    /// <summary>The year <paramref name="text"/> gives (digits, full-width too), or null.</summary>
    public static int? Parse(ReadOnlySpan<char> text) =>
        NumberText.TryParse(text, out var n) && n == decimal.Truncate(n) && n >= First && n <= Last ? (int)n : null;
}
