using Luoshi.Domain.Reading;
using Luoshi.Domain.Reminders;
using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Reading;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>Turns the reminders of a moment into deliveries: each reminder to the unit's inbox, and to each person of
/// the unit in the reminder's role over each of their channels. Nothing is stored here.</summary>
internal static class ReminderPlanning
{
    public static async Task<ReminderBatch> PlanAsync(
        LedgerDbContext db, DateTimeOffset now, ReminderSetup setup, CancellationToken ct)
    {
        var rules = await RulesStore.ReadAsync(db, ct).ConfigureAwait(false);
        var today = ChinaTime.DayOf(now);
        var calendar = await Calendar.CalendarStore.ReadAsync(db, ct).ConfigureAwait(false);
        var until = LastDayAhead(rules, today, calendar);
        // A plan's reminders run in its year; a closed year's reports are chased by people, not robots.
        var readings = await PlanFactsQuery.ReadAsync(db, null, today, ReadingParts.Figures, ct).ConfigureAwait(false);
        var items = readings.Where(r => r.Plan.Year == today.Year).SelectMany(r => setup.Sources.SelectMany(s => s.Due(r, until)));
        if (setup.Items)
        {
            var open = await db.SupervisionItems.AsNoTracking().Where(i => i.ClosedOn == null).ToListAsync(ct).ConfigureAwait(false);
            items = items.Concat(ItemsDue.Due(open.Select(Lifecycle.ItemRows.ToDomain), today, until));
        }

        var day = ReminderPlanner.Plan(rules, items, now, calendar);
        var contacts = (await db.ReminderContacts.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(c => (c.Unit, c.Role));
        var deliveries = new List<Delivery>();
        foreach (var reminder in day.Reminders)
        {
            var link = setup.LinkBase.TrimEnd('/') + reminder.Item.Link;
            // The office's template for the kind if it has one, else the catalogue's wording.
            var (title, body) = rules.TemplateFor(reminder.Item.Kind) is { } template
                ? template.Render(reminder, link)
                : (Catalogue.Reminders.Title(reminder).Zh, Catalogue.Reminders.Body(reminder, link).Zh);
            var unit = reminder.Item.Unit;
            // Stored as UTC: PostgreSQL's timestamptz takes no other offset, and a moment given in China time
            // (luoshi remind run --as-of) is the same moment.
            var message = new Message(reminder, title, body, link, now.ToUniversalTime());
            deliveries.Add(New(message, unit, unit, ReminderChannel.Inbox, unit));
            foreach (var person in contacts[(unit, ContactRoles.Name(reminder.To))])
            {
                foreach (var (channel, address) in ContactStore.ToContact(person).Channels())
                {
                    deliveries.Add(New(message, $"{unit}/{person.Name}", person.Name, channel, address));
                }
            }
        }

        return new ReminderBatch(day, deliveries);
    }

    private static Delivery New(Message message, string recipientKey, string recipient, ReminderChannel channel, string address)
    {
        var reminder = message.Reminder;
        return new Delivery
        {
            Key = reminder.DeliveryKey(recipientKey, channel), PlanId = reminder.Item.PlanId, TaskCode = reminder.Item.TaskCode,
            Unit = reminder.Item.Unit, Stage = reminder.Stage.ToString(), Recipient = recipient, Role = ContactRoles.Name(reminder.To),
            Channel = channel.ToString(), Address = address, Title = message.Title, Body = message.Body, Link = message.Link,
            Due = reminder.Item.Due, State = DeliveryStates.Pending, CreatedAt = message.At,
        };
    }

    private sealed record Message(PlannedReminder Reminder, string Title, string Body, string Link, DateTimeOffset At);

    /// <summary>The last day whose items may need a "coming due" reminder today.</summary>
    private static DateOnly LastDayAhead(ReminderRules rules, DateOnly today, WorkingDays calendar)
    {
        var ahead = rules.Rules.Select(r => r.DaysBefore ?? 0).DefaultIfEmpty(0).Max();
        var day = today;
        while (calendar.Left(today, day.AddDays(1)) <= ahead && day < today.AddDays(120))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
