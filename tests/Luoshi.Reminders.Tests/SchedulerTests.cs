using System.Text;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Scheduling;
using Luoshi.Reminders.Tests.Fixtures;
using Luoshi.Reminders.Tests.Receivers;
using Luoshi.Storage.Tests.Databases;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Luoshi.Reminders.Tests;

/// <summary>Two hosts with the Quartz scheduler clustered in one PostgreSQL database, firing every second: the
/// reminders due go out once, whichever host fires.</summary>
public sealed class SchedulerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scheduler_TwoClusteredHostsOnOnePostgres_EachMessageOnce()
    {
        var contacts = new StringBuilder("unit,name,role,email,mobile,dingtalk,wecom,feishu,sms\n");
        for (var i = 1; i <= 20; i++)
        {
            contacts.Append(System.Globalization.CultureInfo.InvariantCulture, $"测试市第{i}局,联络员{i},联络员,,1390000{i:0000},,,,是\n");
        }

        await using var fixture = await LedgerFixture.CreateAsync(new PostgresTestDatabase(), 20, contacts.ToString(), Ct);
        await using var gateway = await RobotReceiver.StartAsync();
        var options = new ReminderOptions
        {
            Schedule = "* * * * * ?",
            LinkBase = "https://dc.example.gov.cn",
            Sms = new SmsOptions { Url = $"{gateway.BaseUrl}/sms/send", Body = "{\"phone\":\"{mobile}\",\"msg\":\"{text}\"}", Headers = { ["X-Api-Key"] = "sms-key" } },
        };
        using var a = Host(fixture, options);
        using var b = Host(fixture, options);

        await Task.WhenAll(a.StartAsync(Ct), b.StartAsync(Ct));
        for (var waited = 0; gateway.Accepted.Count < 20 && waited < 300; waited++)
        {
            await Task.Delay(100, Ct);
        }

        // Several more firings find nothing new.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        await Task.WhenAll(a.StopAsync(Ct), b.StopAsync(Ct));

        Assert.Equal(20, gateway.Accepted.Count);
        Assert.Equal(20, gateway.Accepted.Distinct().Count());
        Assert.Equal(40, await fixture.Database.CountAsync("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'sent'"));
        Assert.Equal(2, await fixture.Database.CountAsync("SELECT COUNT(*) FROM qrtz_scheduler_state"));
    }

    private static IHost Host(LedgerFixture fixture, ReminderOptions options)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddReminderScheduler(fixture.Ledger, fixture.Options, options, fixture.Clock);
        return builder.Build();
    }
}
