using System.Globalization;

namespace Luoshi.Documents.Charts;

/// <summary>Period names as a Chinese reader says them on an axis: 2022-03 → 3月, 2022Q3 → 三季度.</summary>
public static class PeriodLabel
{
    private static readonly string[] Quarters = ["一季度", "二季度", "三季度", "四季度"];

    /// <summary>The short label of a period name (2022-03, 2022Q3); any other text is returned as it is.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var q = name.IndexOf('Q', StringComparison.Ordinal);
        if (q > 0 && int.TryParse(name.AsSpan(q + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4)
        {
            return Quarters[quarter - 1];
        }

        var dash = name.LastIndexOf('-');
        return dash > 0 && int.TryParse(name.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? month.ToString(CultureInfo.InvariantCulture) + "月"
            : name;
    }
}
