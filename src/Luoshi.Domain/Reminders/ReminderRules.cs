using System.Globalization;
using System.Text.Json.Serialization;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reminders;

/// <summary>The office's reminder settings: one rule per kind of due item, the quiet hours, and the year's calendar as
/// data: public holidays (节假日, days off although Monday to Friday) and adjusted working weekends (调休上班).</summary>
public sealed record ReminderRules(
    IReadOnlyList<ReminderRule> Rules, QuietHours Quiet, IReadOnlyList<DateOnly>? Holidays = null, IReadOnlyList<DateOnly>? WorkingWeekends = null)
{
    /// <summary>The days off among Monday to Friday; never null.</summary>
    [JsonIgnore]
    public IReadOnlyList<DateOnly> DaysOff => Holidays ?? [];

    /// <summary>The Saturdays and Sundays worked; never null.</summary>
    [JsonIgnore]
    public IReadOnlyList<DateOnly> WeekendsWorked => WorkingWeekends ?? [];

    /// <summary>The working calendar these rules count by: <paramref name="weekdays"/> (Monday to Friday unless a
    /// deployment says otherwise) with the office's holidays taken out and its working weekends put in.</summary>
    public IWorkingCalendar Calendar(IWorkingCalendar weekdays) => DaysOff.Count == 0 && WeekendsWorked.Count == 0
        ? weekdays
        : new OfficeCalendar(weekdays, DaysOff, WeekendsWorked);

    /// <summary>True when both hold the same settings (records compare lists by reference).</summary>
    public bool Same(ReminderRules other) => other is not null && Rules.SequenceEqual(other.Rules) && Quiet == other.Quiet
        && DaysOff.SequenceEqual(other.DaysOff) && WeekendsWorked.SequenceEqual(other.WeekendsWorked);

    /// <summary>What an office has before it sets anything: the default rule for each kind, quiet 20:00–08:00.</summary>
    public static ReminderRules Default { get; } =
        new([.. Enum.GetValues<DueKind>().Select(ReminderRule.DefaultFor)], QuietHours.Evenings);

    /// <summary>The rule for <paramref name="kind"/>, or null when the office reminds about it never.</summary>
    public ReminderRule? For(DueKind kind) => Rules.FirstOrDefault(r => r.Kind == kind);

    /// <summary>Days as an office writes them, separated by commas, spaces or new lines (2026-10-01, 2026-10-02), sorted and
    /// each once; or the first that is no date, at <paramref name="field"/>.</summary>
    public static (IReadOnlyList<DateOnly> Days, Problem? Wrong) ParseDays(string? text, string field)
    {
        var days = new List<DateOnly>();
        foreach (var part in (text ?? "").Split([',', '，', '、', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return ([], new Problem(Catalogue.Reminders.NotADay(part), Place.OfField(field)));
            }

            days.Add(day);
        }

        return ([.. days.Distinct().Order()], null);
    }

    /// <summary>What cannot be true in these rules, each at its field; empty when they can be stored.</summary>
    public IReadOnlyList<Problem> Check()
    {
        var problems = new List<Problem>();
        foreach (var rule in Rules)
        {
            Days(rule.DaysBefore, "days_before");
            Days(rule.RepeatEvery, "repeat_every");
            Days(rule.EscalateAfter, "escalate_after");
            Days(rule.EscalateAgainAfter, "escalate_again_after");
            if (rule.EscalateAfter is { } first && rule.EscalateAgainAfter is { } second && second <= first)
            {
                problems.Add(new Problem(Catalogue.Reminders.EscalationOrder(first, second), Place.OfField("escalate_again_after")));
            }
        }

        if (Rules.GroupBy(r => r.Kind).Any(g => g.Count() > 1))
        {
            problems.Add(new Problem(Catalogue.Reminders.RuleTwice, Place.OfField("kind")));
        }

        foreach (var day in DaysOff.Intersect(WeekendsWorked))
        {
            problems.Add(new Problem(Catalogue.Reminders.HolidayAndWorkday(day), Place.OfField("working_weekends")));
        }

        foreach (var day in WeekendsWorked.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
        {
            problems.Add(new Problem(Catalogue.Reminders.WorkdayNotWeekend(day), Place.OfField("working_weekends")));
        }

        return problems;

        void Days(int? days, string field)
        {
            if (days is < 1 or > 60)
            {
                problems.Add(new Problem(Catalogue.Reminders.DaysOutOfRange(days.Value), Place.OfField(field)));
            }
        }
    }
}
