using System.Globalization;
using System.Text.RegularExpressions;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;

namespace Luoshi.Documents.Word;

/// <summary>The span a notice reports on: the plan year up to the end of a quarter (2022Q3) or a month (2022-09),
/// mapped onto the plan's own periods (for a monthly plan 2022Q3 is through period 9).</summary>
/// <param name="LastPeriod">The plan's last period the notice covers (1-based).</param>
/// <param name="Name">How the notice names its span: 2022年第三季度, 2022年9月.</param>
/// <param name="Through">Until when, as the counts sentence says it: 2022年9月底.</param>
/// <param name="AsOf">The day the plan is evaluated on: the day after the last period's report was due, so that the
/// periods through <paramref name="LastPeriod"/> are past due and no later one is.</param>
public sealed record NoticePeriod(int LastPeriod, string Name, string Through, DateOnly AsOf)
{
    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    /// <summary>Reads <paramref name="text"/> (2022Q3 or 2022-09) for <paramref name="plan"/>; null with a message when it
    /// is not one, is of another year, or (a month of a quarterly plan) does not end a quarter.</summary>
    public static (NoticePeriod? Period, Words? Error) Parse(string text, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(plan);
        var match = Regex.Match(text.Trim(), @"^(\d{4})(?:[Qq]([1-4])|-(\d{1,2}))$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return (null, Catalogue.OfficeFiles.NoticePeriodForm(text));
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year != plan.Year)
        {
            return (null, Catalogue.OfficeFiles.NoticeYear(text, plan.Year));
        }

        var quarterly = plan.Cadence.Frequency == ReportingFrequency.Quarterly;
        int month;
        string name;
        if (match.Groups[2].Success)
        {
            var quarter = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            month = quarter * 3;
            name = $"{year.ToString(CultureInfo.InvariantCulture)}年第{QuarterNames[quarter - 1]}季度";
        }
        else
        {
            month = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return (null, Catalogue.OfficeFiles.NoMonth(text, month));
            }

            if (quarterly && month % 3 != 0)
            {
                return (null, Catalogue.OfficeFiles.QuarterlyPlan(text));
            }

            name = $"{year.ToString(CultureInfo.InvariantCulture)}年{month.ToString(CultureInfo.InvariantCulture)}月";
        }

        var last = quarterly ? month / 3 : month;
        var calendar = new ReportingCalendar(plan.Year, plan.Cadence);
        var through = $"{year.ToString(CultureInfo.InvariantCulture)}年{month.ToString(CultureInfo.InvariantCulture)}月底";
        return (new NoticePeriod(last, name, through, calendar[last].Due.AddDays(1)), null);
    }
}
