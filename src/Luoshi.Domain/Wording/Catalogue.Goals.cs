using System.Globalization;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>A target's goal in the few characters a column holds: ≥ 2000人次, 6%～6.5%, 按期完成.</summary>
    public static class Goals
    {
        /// <summary>The goal by measure, comparator and values; the value as stated, without rounding.</summary>
        public static Words Of(Measure measure, Comparator comparator, decimal? value, decimal? upper, string? unit) => measure switch
        {
            Measure.Milestone => new("按期完成", "done by the deadline"),
            Measure.BottomLine => new("守住底线", "hold the bottom line"),
            Measure.Direction => comparator == Comparator.AtMost ? new("低于上年", "below last year") : new("不低于上年", "not below last year"),
            _ when value is null => Words.Same("—"),
            _ => Words.Same(comparator switch
            {
                Comparator.Between => $"{Stated(value)}{unit}～{Stated(upper)}{unit}",
                Comparator.AtLeast => $"≥ {Stated(value)}{unit}",
                Comparator.AtMost => $"≤ {Stated(value)}{unit}",
                Comparator.About => $"≈ {Stated(value)}{unit}",
                _ => $"= {Stated(value)}{unit}",
            }),
        };

        /// <summary>The goal of <paramref name="goal"/> (its measure as evaluated) in <paramref name="unit"/>.</summary>
        public static Words Of(TargetGoal goal, string? unit)
        {
            ArgumentNullException.ThrowIfNull(goal);
            return Of(goal.Measure, goal.Comparator, goal.Value, goal.Upper, unit);
        }

        /// <summary>The goal of a stored target.</summary>
        public static Words Of(Target target)
        {
            ArgumentNullException.ThrowIfNull(target);
            return Of(target.Measure, target.Comparator, target.Value, target.Upper, target.Unit);
        }

        // A promise's number exactly as the report stated it (6.5, not 6.50; 0.006 stays).
        private static string? Stated(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture);
    }
}
