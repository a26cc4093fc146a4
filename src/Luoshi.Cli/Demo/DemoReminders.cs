using System.Text;
using Luoshi.Domain.Time;
using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Villages;

namespace Luoshi.Cli.Demo;

/// <summary>The demo's reminders: the office's default rules, one run on the demo's last working day at 10:00, each
/// unit's reminders in its inbox (the bell). One unit reminded (the one with the fewest reminders) has a contact with an e-mail address,
/// and the demo has no mail server, so the delivery log shows that contact's failed e-mails beside the sent ones.</summary>
internal static class DemoReminders
{
    public static async Task<string?> SendAsync(Luoshi.Storage.Ledger ledger, DateOnly day, CancellationToken ct)
    {
        var options = new ReminderOptions { LinkBase = "http://127.0.0.1:5080", Attempts = 1 };
        var setup = ReminderSetup.Everything(options.LinkBase);
        var at = At(await ledger.Calendar.WorkingDaysAsync(ct), day);
        var planned = await ledger.Reminders.PlanAsync(at, setup, ct);
        // The unit with the fewest reminders for its contact today: its contact's e-mails fail, the rest is sent.
        var once = planned.Deliveries.Where(d => d.Role == "contact").GroupBy(d => d.Unit).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        if (once is not null)
        {
            var csv = $"单位,姓名,角色,邮箱\n{once.Key},周联络,联络员,zhou.lianluo@example.gov.cn\n";
            var contacts = await ledger.Reminders.ImportContactsAsync(new VillageFile("demo-contacts.csv", Encoding.UTF8.GetBytes(csv)), ct);
            if (!contacts.Succeeded)
            {
                return string.Join("; ", contacts.Errors);
            }
        }

        using var channels = new ChannelSet(options, TimeProvider.System);
        await new ReminderRun(ledger, setup, options, channels, TimeProvider.System).RunAsync(at, false, ct);
        return null;
    }

    /// <summary>10:00 China time on the last working day up to <paramref name="day"/>.</summary>
    private static DateTimeOffset At(WorkingDays calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), ChinaTime.Offset);
    }
}
