using System.Diagnostics;
using System.Text.Json;
using Luoshi.Reminders.Tests.Fixtures;
using Luoshi.Reminders.Tests.Receivers;
using Luoshi.Storage.Tests.Databases;
using Microsoft.Data.Sqlite;

namespace Luoshi.Reminders.Tests;

/// <summary><c>luoshi remind run|log|rules</c> in a child process over a SQLite ledger of two units (Wednesday 25 March
/// 2026; each unit's March report due Saturday the 28th), each unit's contact reached by e-mail at a real SMTP server.</summary>
public sealed class RemindCommandTests : IAsyncLifetime
{
    private const string Contacts = "unit,name,role,email,mobile,dingtalk,wecom,feishu,sms\n"
        + "测试市第1局,王一,联络员,wang1@unit1.example.gov.cn,,,,,\n"
        + "测试市第2局,王二,联络员,wang2@unit2.example.gov.cn,,,,,\n";

    private LedgerFixture _fixture = null!;
    private MailReceiver _mail = null!;
    private string _db = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fixture = await LedgerFixture.CreateAsync(new SqliteTestDatabase(), 2, Contacts, Ct);
        _mail = MailReceiver.Start();
        _db = new SqliteConnectionStringBuilder(_fixture.Options.ConnectionString).DataSource;
    }

    public async ValueTask DisposeAsync()
    {
        await _mail.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Fact]
    public async Task Run_DryRunThenRunThenAgain_SendsEachReminderOnce()
    {
        // Wednesday 25 March: 3 working days left to Saturday's deadline (Thursday, Friday, and the due day itself),
        // within the rule's 3. Each unit: its inbox and its contact's e-mail.
        var dry = await LuoshiAsync("remind", "run", "--db", _db, "--as-of", "2026-03-25", "--dry-run", "--format", "json");
        Assert.True(dry.Code == 0, dry.Error);
        var planned = Reminders(dry.Output);
        Assert.Equal(
            ["Email 王一", "Email 王二", "Inbox 测试市第1局", "Inbox 测试市第2局"],
            planned.Select(r => $"{r.GetProperty("channel").GetString()} {r.GetProperty("recipient").GetString()}").Order(StringComparer.Ordinal).ToArray());
        Assert.All(planned, r => Assert.Equal("【临近提醒】" + r.GetProperty("task").GetString() + " 2026年3月进展报告", r.GetProperty("title").GetString()));
        Assert.Equal(0, await _fixture.Database.CountAsync("SELECT COUNT(*) FROM reminder_deliveries"));
        Assert.Empty(_mail.Messages);

        var run = await LuoshiAsync("remind", "run", "--db", _db, "--as-of", "2026-03-25", "--format", "json");
        Assert.True(run.Code == 0, run.Error);
        Assert.Equal(4, Reminders(run.Output).Count(r => r.GetProperty("state").GetString() == "sent"));
        Assert.Equal(["wang1@unit1.example.gov.cn", "wang2@unit2.example.gov.cn"], _mail.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var first = _mail.Messages.Single(m => m.To.Mailboxes.Single().Address.StartsWith("wang1", StringComparison.Ordinal));
        Assert.Contains(_fixture.Link(1), first.TextBody, StringComparison.Ordinal);
        Assert.Contains("还有3个工作日", first.TextBody, StringComparison.Ordinal);
        // Addresses are masked in what the command prints.
        Assert.DoesNotContain("wang1@unit1.example.gov.cn", run.Output, StringComparison.Ordinal);

        var again = await LuoshiAsync("remind", "run", "--db", _db, "--as-of", "2026-03-25", "--format", "json");
        Assert.True(again.Code == 0, again.Error);
        Assert.Empty(Reminders(again.Output));
        Assert.Equal(2, _mail.Messages.Count);

        var log = await LuoshiAsync("remind", "log", "--db", _db, "--format", "json");
        using var logged = JsonDocument.Parse(log.Output);
        var deliveries = logged.RootElement.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal(4, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal((JsonValueKind.String, "sent", 1), (d.GetProperty("sent_at").ValueKind, d.GetProperty("state").GetString(), d.GetProperty("attempts").GetInt32())));
    }

    [Fact]
    public async Task Rules_FromAFile_HolidaysFromTheCalendarCountAsDaysOff()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        var holidays = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}");
        Directory.CreateDirectory(holidays);
        var year = Path.Combine(holidays, "2026.txt");
        try
        {
            // 1 working day before, no chasing of January and February: on Wednesday 25 March, Thursday and Friday are still working days, so nothing yet.
            await File.WriteAllTextAsync(file, Rules, Ct);
            var set = await LuoshiAsync("remind", "rules", "--db", _db, "--file", file);
            Assert.True(set.Code == 0, set.Error);
            Assert.Contains("进展报告：提前 1 个工作日提醒", set.Output, StringComparison.Ordinal);
            Assert.Empty(Reminders((await LuoshiAsync("remind", "run", "--db", _db, "--as-of", "2026-03-25", "--dry-run", "--format", "json")).Output));

            // The office's 2026 file (the shipped notice exported, Thursday and Friday added as days off): the due day
            // is the one working day left, so Wednesday reminds.
            var shipped = await LuoshiAsync("holidays", "export", "2026", "--db", _db);
            Assert.True(shipped.Code == 0, shipped.Error);
            Assert.Contains("放假 2026-10-01 2026-10-07", shipped.Output, StringComparison.Ordinal);
            await File.WriteAllTextAsync(year, shipped.Output + "放假 2026-03-26 2026-03-27 测试\n", Ct);
            var imported = await LuoshiAsync("holidays", "import", year, "--db", _db);
            Assert.True(imported.Code == 0, imported.Error);
            Assert.Contains("已导入 2026 年", imported.Output, StringComparison.Ordinal);
            var planned = Reminders((await LuoshiAsync("remind", "run", "--db", _db, "--as-of", "2026-03-25", "--dry-run", "--format", "json")).Output);
            Assert.Equal(4, planned.Count);
            Assert.All(planned, r => Assert.Equal("Before", r.GetProperty("stage").GetString()));

            // A holiday on Wednesday itself: a day off, nothing is sent and the run says why.
            await File.WriteAllTextAsync(year, shipped.Output + "放假 2026-03-25 测试\n", Ct);
            Assert.Equal(0, (await LuoshiAsync("holidays", "import", year, "--db", _db)).Code);
            var held = await LuoshiAsync("remind", "run", "--db", _db, "--as-of", "2026-03-25", "--dry-run", "--format", "json");
            using (var document = JsonDocument.Parse(held.Output))
            {
                Assert.Empty(document.RootElement.GetProperty("reminders").EnumerateArray());
                Assert.Equal("今天不是工作日，不发送提醒", document.RootElement.GetProperty("held").GetString());
            }

            // A wrong holiday file is refused whole, each wrong line at its line and field, and nothing changes.
            var before = (await LuoshiAsync("holidays", "export", "2026", "--db", _db)).Output;
            await File.WriteAllTextAsync(year, "年份 2026\n放假 2026-03-26 2026-13-01 错\n上班 2026-03-26 周四\n", Ct);
            var refused = await LuoshiAsync("holidays", "import", year, "--db", _db);
            Assert.Equal(2, refused.Code);
            Assert.Contains("luoshi holidays import：2026.txt，第 2 行，截止日 字段：“2026-13-01”不是日期（应为 YYYY-MM-DD）", refused.Error, StringComparison.Ordinal);
            Assert.Contains("luoshi holidays import：2026.txt，第 3 行，日期 字段：2026-03-26 不是周末，调休上班日应为周六或周日", refused.Error, StringComparison.Ordinal);
            Assert.Equal(before, (await LuoshiAsync("holidays", "export", "2026", "--db", _db)).Output);

            // Holidays are no longer part of the rules: a rules file that names them is refused, and the export has none.
            var exported = await LuoshiAsync("remind", "rules", "--db", _db, "--export");
            using (var document = JsonDocument.Parse(exported.Output))
            {
                Assert.False(document.RootElement.TryGetProperty("holidays", out _));
                Assert.Equal(1, document.RootElement.GetProperty("rules")[0].GetProperty("days_before").GetInt32());
            }

            await File.WriteAllTextAsync(file, Rules.Replace("\"quiet\"", "\"holidays\": [\"2026-03-26\"], \"quiet\"", StringComparison.Ordinal), Ct);
            var withHolidays = await LuoshiAsync("remind", "rules", "--db", _db, "--file", file);
            Assert.Equal(2, withHolidays.Code);
            Assert.Contains("holidays", withHolidays.Error, StringComparison.Ordinal);
            Assert.Equal(exported.Output, (await LuoshiAsync("remind", "rules", "--db", _db, "--export")).Output);
        }
        finally
        {
            File.Delete(file);
            Directory.Delete(holidays, recursive: true);
        }
    }

    private const string Rules = """
        {
          "rules": [
            { "kind": "report", "days_before": 1, "on_the_day": true, "repeat_every": null, "escalate_after": null, "escalate_again_after": null }
          ],
          // 免打扰
          "quiet": { "from": "20:00", "until": "08:00" }
        }
        """;

    private static List<JsonElement> Reminders(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("reminders").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>The program in its own build output (see <see cref="KilledRunTests"/>), mailing to the test's SMTP server.</summary>
    private async Task<(int Code, string Output, string Error)> LuoshiAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(
            AppContext.BaseDirectory.Replace(Path.Combine("tests", "Luoshi.Reminders.Tests"), Path.Combine("src", "Luoshi.Cli"), StringComparison.Ordinal), "luoshi.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("LUOSHI_LANG");
        start.Environment["Reminders__LinkBase"] = "https://dc.example.gov.cn";
        start.Environment["Reminders__Smtp__Host"] = "127.0.0.1";
        start.Environment["Reminders__Smtp__Port"] = _mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Reminders__Smtp__Security"] = "None";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output, error);
    }
}
