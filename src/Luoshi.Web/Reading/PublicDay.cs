using System.Globalization;
using Luoshi.Domain.Plans;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Reading;

/// <summary>Which day the public page and the public API may show a plan as of: only published (approved) figures up to
/// the ledger's today — today in China, or the day the office serves the ledger as of — so a visitor cannot look into
/// the future (a target "missed" before its deadline came), nor before the plan's year. Without ?asOf=, that today.</summary>
public static class PublicDay
{
    /// <summary>The day asked for (yyyy-MM-dd), or the reason it cannot be shown in the reader's language.</summary>
    public static (DateOnly Day, string? Refusal) Of(string? asked, Plan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (string.IsNullOrWhiteSpace(asked))
        {
            return (today, null);
        }

        var first = new DateOnly(plan.Year, 1, 1) is var start && start < today ? start : today;
        if (!DateOnly.TryParseExact(asked.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (today, T($"日期“{asked}”无效：应为 yyyy-MM-dd 格式，如 {Text(today)}。", $"The date '{asked}' is not valid: expected yyyy-MM-dd, such as {Text(today)}."));
        }

        return day < first || day > today
            ? (today, T($"公开数据只能查看 {Text(first)} 至 {Text(today)} 之间的日期，{Text(day)} 不在其中。",
                $"Published figures can be shown as of {Text(first)} to {Text(today)}; {Text(day)} is outside that."))
            : (day, null);
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
