using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Documents.Ledger;

/// <summary>A target's goal in the few characters a ledger column holds: ≥ 2000人次, 6%～6.5%, 按期完成.</summary>
internal static class GoalWords
{
    public static string Of(Target target) => target.Measure switch
    {
        Measure.Milestone => "按期完成",
        Measure.BottomLine => "守住底线",
        Measure.Direction => target.Comparator == Comparator.AtMost ? "低于上年" : "不低于上年",
        _ => target.Comparator switch
        {
            Comparator.Between => $"{Number(target.Value)}{target.Unit}～{Number(target.Upper)}{target.Unit}",
            Comparator.AtLeast => $"≥ {Number(target.Value)}{target.Unit}",
            Comparator.AtMost => $"≤ {Number(target.Value)}{target.Unit}",
            Comparator.About => $"≈ {Number(target.Value)}{target.Unit}",
            _ => $"= {Number(target.Value)}{target.Unit}",
        },
    };

    private static string Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "";
}
