using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;

namespace Luoshi.Web.Localization;

/// <summary>A target's goal in a few characters (≥ 2000人次, 6%～6.5%, 里程碑) and numbers as the ledger shows them.</summary>
public static class GoalText
{
    /// <summary>The goal of a target by its measure, comparator and values.</summary>
    public static string Of(Measure measure, Comparator comparator, decimal? value, decimal? upper, string? unit) =>
        Catalogue.Goals.Of(measure, comparator, value, upper, unit);

    /// <summary>A number without trailing zeros, two decimals at most; empty for none.</summary>
    public static string Number(decimal? value) => value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : "";

    /// <summary>A day as yyyy-MM-dd.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A month as yyyy-MM (2022-10), as periods are named.</summary>
    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A moment as the office reads it, in China Standard Time.</summary>
    public static string Moment(DateTimeOffset at) => ChinaTime.InChina(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
