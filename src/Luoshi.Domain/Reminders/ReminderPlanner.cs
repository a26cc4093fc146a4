using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reminders;

/// <summary>The plan of reminders for a moment: pure, the clock's reading given. A run that missed a day catches up,
/// since each reminder is named by its stage and repetition, not by the day it goes out (<see cref="PlannedReminder.Key"/>).</summary>
public static class ReminderPlanner
{
    /// <summary>The reminders <paramref name="rules"/> call for at <paramref name="now"/> about <paramref name="items"/>;
    /// none on a day off or in the quiet hours.</summary>
    public static ReminderDay Plan(ReminderRules rules, IEnumerable<DueItem> items, DateTimeOffset now, WorkingDays calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(calendar);
        var china = ChinaTime.InChina(now);
        var day = DateOnly.FromDateTime(china.DateTime);
        if (!calendar.IsWorkingDay(day))
        {
            return new ReminderDay(day, [], Catalogue.Reminders.HeldDayOff);
        }

        if (rules.Quiet.Contains(TimeOnly.FromDateTime(china.DateTime)))
        {
            return new ReminderDay(day, [], Catalogue.Reminders.HeldQuiet(rules.Quiet));
        }

        var planned = items.SelectMany(item => rules.For(item.Kind) is { } rule ? Stages(rule, item, day, calendar) : []);
        return new ReminderDay(day, [.. planned], null);
    }

    /// <summary>The stages of one item's reminders due on <paramref name="day"/> (a working day).</summary>
    private static IEnumerable<PlannedReminder> Stages(ReminderRule rule, DueItem item, DateOnly day, WorkingDays calendar)
    {
        if (day < item.Due)
        {
            var left = calendar.Left(day, item.Due);
            if (rule.DaysBefore is { } before && left >= 1 && left <= before)
            {
                yield return new PlannedReminder(item, ReminderStage.Before, 0, RecipientRole.Contact, left);
            }

            yield break;
        }

        if (day == item.Due)
        {
            if (rule.OnTheDay)
            {
                yield return new PlannedReminder(item, ReminderStage.OnDay, 0, RecipientRole.Contact, 0);
            }

            yield break;
        }

        var late = calendar.Between(item.Due, day);
        if (late < 1)
        {
            yield break;
        }

        if (rule.RepeatEvery is { } every)
        {
            yield return new PlannedReminder(item, ReminderStage.Overdue, (late - 1) / every, RecipientRole.Contact, late);
        }

        if (rule.EscalateAfter is { } first && late >= first)
        {
            yield return new PlannedReminder(item, ReminderStage.EscalateToUnitLeader, 0, RecipientRole.UnitLeader, late);
        }

        if (rule.EscalateAgainAfter is { } second && late >= second)
        {
            yield return new PlannedReminder(item, ReminderStage.EscalateToLeaderInCharge, 0, RecipientRole.LeaderInCharge, late);
        }
    }
}
