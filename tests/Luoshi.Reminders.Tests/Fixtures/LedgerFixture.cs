using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reminders;
using Luoshi.Storage;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Villages;

namespace Luoshi.Reminders.Tests.Fixtures;

/// <summary>A real ledger with a plan of 2026 (monthly, due the 28th, nothing sent) whose tasks are led by
/// <c>units</c> departments, reminding only when a report comes due within 3 working days; the clock stands on
/// Wednesday 25 March 2026 at 10:00 China time, so each task's March report (due Saturday the 28th) is due.</summary>
public sealed class LedgerFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Wednesday = new(2026, 3, 25, 2, 0, 0, TimeSpan.Zero);

    private LedgerFixture(TestDatabase database, StoreOptions options, Ledger ledger, int planId, FixedClock clock) =>
        (Database, Options, Ledger, PlanId, Clock) = (database, options, ledger, planId, clock);

    public StoreOptions Options { get; }

    public TestDatabase Database { get; }

    public Ledger Ledger { get; }

    public int PlanId { get; }

    public FixedClock Clock { get; }

    public static string Unit(int i) => $"测试市第{i}局";

    /// <summary>A ledger of <paramref name="units"/> units, one task each, with <paramref name="contacts"/> as the
    /// contact file (unit,name,role,email,mobile,dingtalk,wecom,feishu,sms).</summary>
    public static async Task<LedgerFixture> CreateAsync(TestDatabase database, int units, string contacts, CancellationToken ct)
    {
        var options = await database.CreateAsync("reminders");
        var clock = new FixedClock(Wednesday);
        var ledger = await Ledger.OpenAsync(options, "督查室", clock, ct);
        var csv = new StringBuilder("code,name,kind,parent,aliases\nC,测试市,city,,\n");
        for (var i = 1; i <= units; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"D{i},{Unit(i)},department,C,\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv.ToString(), ct);
        Assert.True((await ledger.ImportUnitsAsync(path, null, ct)).Succeeded);
        File.Delete(path);
        var planId = (await ledger.ImportPlanAsync(Plan(units), replace: false, ct)).PlanId;
        var rules = new ReminderRules([new ReminderRule(DueKind.Report, 3, true, null, null, null)], QuietHours.Evenings);
        Assert.True((await ledger.Reminders.SetRulesAsync(rules, ct)).Succeeded);
        var imported = await ledger.Reminders.ImportContactsAsync(new VillageFile("contacts.csv", Encoding.UTF8.GetBytes(contacts)), ct);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        return new LedgerFixture(database, options, ledger, planId, clock);
    }

    public static ReminderSetup Setup => ReminderSetup.ReportsOnly("https://dc.example.gov.cn");

    public string Link(int task) => $"https://dc.example.gov.cn/reports/new?plan={PlanId}&task=T{task}&period=3";

    private static Plan Plan(int units)
    {
        var text = $"一、工作\n{units}项任务。";
        var plan = new Plan
        {
            Region = "测试市", Year = 2026, SourceName = "report.txt", SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Cadence = ReportingCadence.MonthlyByDay(28),
            Sections = [new Section { Code = "S1", Number = "一", Title = "工作", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        for (var i = 1; i <= units; i++)
        {
            plan.Tasks.Add(new PlanTask
            {
                Code = $"T{i}", SectionCode = "S1", Text = $"第{i}项任务", Span = new SourceSpan(5, 2), LeadUnit = Unit(i),
                Deadline = new DateOnly(2026, 12, 31),
            });
        }

        return plan;
    }

    public async ValueTask DisposeAsync()
    {
        await Ledger.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>A clock that says what the test tells it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
