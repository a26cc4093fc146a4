using System.Globalization;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;

namespace Luoshi.Web.Reading;

/// <summary>Which day the public page and the public API may show a plan as of: only published (approved) figures up to
/// the ledger's today — today in China, or the day the office serves the ledger as of — so a visitor cannot look into
/// the future (a target "missed" before its deadline came), nor before the plan's year. Without ?asOf=, that today.</summary>
public static class PublicDay
{
    /// <summary>The day asked for (yyyy-MM-dd), or the reason it cannot be shown.</summary>
    public static (DateOnly Day, Words? Refusal) Of(string? asked, Plan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (string.IsNullOrWhiteSpace(asked))
        {
            return (today, null);
        }

        var first = new DateOnly(plan.Year, 1, 1) is var start && start < today ? start : today;
        if (!DateOnly.TryParseExact(asked.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (today, Catalogue.Requests.PublicDayInvalid(asked, Text(today)));
        }

        return day < first || day > today
            ? (today, Catalogue.Requests.PublicDayOutside(Text(first), Text(today), Text(day)))
            : (day, null);
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
