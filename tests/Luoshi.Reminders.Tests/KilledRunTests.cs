using System.Diagnostics;
using System.Text;
using Luoshi.Reminders.Tests.Fixtures;
using Luoshi.Reminders.Tests.Receivers;
using Luoshi.Storage.Tests.Databases;
using Microsoft.Data.Sqlite;

namespace Luoshi.Reminders.Tests;

/// <summary><c>luoshi remind run</c> in a child process, killed while the SMS gateway holds its eleventh message
/// unanswered; the rerun sends exactly the twenty the gateway has not taken, and a third run nothing.</summary>
public sealed class KilledRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_KilledMidRun_RerunSendsExactlyTheMissing()
    {
        var contacts = new StringBuilder("unit,name,role,email,mobile,dingtalk,wecom,feishu,sms\n");
        for (var i = 1; i <= 30; i++)
        {
            contacts.Append(System.Globalization.CultureInfo.InvariantCulture, $"测试市第{i}局,联络员{i},联络员,,1390000{i:0000},,,,是\n");
        }

        await using var fixture = await LedgerFixture.CreateAsync(new SqliteTestDatabase(), 30, contacts.ToString(), Ct);
        await using var gateway = await RobotReceiver.StartAsync();
        var db = new SqliteConnectionStringBuilder(fixture.Options.ConnectionString).DataSource;
        gateway.HoldAfter = 10;

        using (var killed = Start(db, gateway))
        {
            while (gateway.Requests <= 10)
            {
                if (killed.HasExited)
                {
                    Assert.Fail("the run ended before it could be killed: " + await killed.StandardError.ReadToEndAsync(Ct));
                }

                await Task.Delay(20, Ct);
            }

            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync(Ct);
        }

        gateway.HoldAfter = int.MaxValue;
        gateway.Release();
        Assert.Equal(10, gateway.Accepted.Count);
        // The stopped run's lease (2 s) ends; the rerun takes over what it stored and sends what it had not stored.
        await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
        var rerun = await RunAsync(db, gateway);
        var third = await RunAsync(db, gateway);

        Assert.Equal(0, rerun);
        Assert.Equal(0, third);
        Assert.Equal(30, gateway.Accepted.Count);
        Assert.Equal(30, gateway.Accepted.Distinct().Count());
        Assert.Equal(60, await fixture.Database.CountAsync("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'sent'"));
    }

    /// <summary>The program in its own build output: this project's copy lacks the assemblies the web framework
    /// reference here made redundant for the tests, but which the program loads from its directory.</summary>
    private static string Program => Path.Combine(
        AppContext.BaseDirectory.Replace(Path.Combine("tests", "Luoshi.Reminders.Tests"), Path.Combine("src", "Luoshi.Cli"), StringComparison.Ordinal), "luoshi.dll");

    private static Process Start(string db, RobotReceiver gateway)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Program);
        foreach (var arg in (string[])["remind", "run", "--db", db, "--as-of", "2026-03-25", "--format", "json"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Reminders__Concurrency"] = "1";
        start.Environment["Reminders__Lease"] = "00:00:02";
        start.Environment["Reminders__FirstRetryDelay"] = "00:00:00.050";
        start.Environment["Reminders__Sms__Url"] = $"{gateway.BaseUrl}/sms/send";
        start.Environment["Reminders__Sms__Body"] = "{\"phone\":\"{mobile}\",\"msg\":\"{text}\"}";
        start.Environment["Reminders__Sms__Headers__X-Api-Key"] = "sms-key";
        start.Environment["Reminders__Sms__SuccessContains"] = "\"code\":0";
        return Process.Start(start)!;
    }

    private static async Task<int> RunAsync(string db, RobotReceiver gateway)
    {
        using var process = Start(db, gateway);
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, error + await output);
        return process.ExitCode;
    }
}
