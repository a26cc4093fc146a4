using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Luoshi.Documents.Word;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage;

namespace Luoshi.Documents.Tests.Word;

/// <summary>A SQLite ledger holding a small plan of 2022 (monthly, reports due on the 28th) worked out by hand for
/// 2022Q3 (evaluated on 2022-09-29, nine periods past due), and its notice written to notice.docx:
/// <list type="bullet">
/// <item>T1 城镇新增就业 ≥ 6000人 (人社局): 300 a month, 2700 against 4500 expected, share 0.6 → 严重滞后 (red);</item>
/// <item>T2 幼儿园投入使用, milestone (教育局): 80% against 75% expected → 正常;</item>
/// <item>T3 空气质量优良率 ≥ 90% level (生态环境局): 85% → share 0.944 → 滞后;</item>
/// <item>T4 新建5G基站 ≥ 50个 (财政局): no report → 未报送 (red).</item>
/// </list>
/// T1 and T2 were reported on 20 January (every report on time), T3 on 29 September (every one late): the ranking is
/// 教育局 1 (on time 100%, green 100%), 人社局 2 (100%, 0%), 生态环境局 and 财政局 tied 3 (0%, 0%).</summary>
public sealed class NoticeLedger : IAsyncLifetime
{
    public const string Rsj = "测试市人力资源和社会保障局";
    public const string Jyj = "测试市教育局";
    public const string Sthj = "测试市生态环境局";
    public const string Czj = "测试市财政局";

    private const string Units = """
        code,name,kind,parent,aliases
        CS,测试市,city,,
        CS-D01,测试市人力资源和社会保障局,department,CS,人社局
        CS-D02,测试市教育局,department,CS,教育局
        CS-D03,测试市生态环境局,department,CS,生态环境局
        CS-D04,测试市财政局,department,CS,财政局
        """;

    private const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "luoshi-notice-" + Guid.NewGuid().ToString("N"));

    public string Docx => Path.Combine(_directory, "notice.docx");

    public QuarterlyNotice Notice { get; private set; } = null!;

    public string Directory => _directory;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        System.IO.Directory.CreateDirectory(_directory);
        var clock = new SettableClock(new DateTimeOffset(2022, 1, 20, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var ledger = await Storage.Ledger.OpenAsync(StoreOptions.SqliteFile(Path.Combine(_directory, "ledger.db")), "test setup", clock, ct);
        var plan = (await ledger.ImportPlanAsync(Plan(), replace: false, ct)).PlanId;
        await File.WriteAllTextAsync(Path.Combine(_directory, "units.csv"), Units, ct);
        Check((await ledger.ImportUnitsAsync(Path.Combine(_directory, "units.csv"), null, ct)).Succeeded, "units");

        var early = new StringBuilder(Header);
        for (var month = 1; month <= 9; month++)
        {
            var m = month.ToString(CultureInfo.InvariantCulture);
            early.Append(CultureInfo.InvariantCulture, $"T1,T1.1,2022-{month:00},{Rsj},300,,,,{m}月新增就业300人,,,approved\n");
            early.Append(CultureInfo.InvariantCulture, $"T2,T2.1,2022-{month:00},{Jyj},{(month * 80 / 9).ToString(CultureInfo.InvariantCulture)},,,,主体工程推进中,,,approved\n");
        }

        await Import(ledger, plan, "early.csv", early.ToString());
        clock.Now = new DateTimeOffset(2022, 9, 29, 9, 0, 0, TimeSpan.FromHours(8));
        var late = new StringBuilder(Header);
        for (var month = 1; month <= 9; month++)
        {
            late.Append(CultureInfo.InvariantCulture, $"T3,T3.1,2022-{month:00},{Sthj},85,,,,开展大气污染防治攻坚,,,approved\n");
        }

        await Import(ledger, plan, "late.csv", late.ToString());
        var found = (await ledger.FindPlanAsync(plan, ct))!;
        var (period, error) = NoticePeriod.Parse("2022Q3", found);
        Check(period is not null, error ?? "");
        Notice = await NoticeReader.ReadAsync(ledger, found, period!, null, null, ct);
        await using var stream = File.Create(Docx);
        NoticeWriter.Write(Notice, stream);
    }

    public ValueTask DisposeAsync()
    {
        System.IO.Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task Import(Storage.Ledger ledger, int plan, string name, string csv)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllTextAsync(path, csv, TestContext.Current.CancellationToken);
        var result = await ledger.ImportProgressAsync(plan, path, null, TestContext.Current.CancellationToken);
        Check(result.Succeeded, name + ": " + string.Join("; ", result.Errors.Select(e => e.ToString())));
    }

    private static Plan Plan()
    {
        const string text = "一、民生\n年内实现城镇新增就业6千人以上。\n确保幼儿园年内投入使用。\n二、生态\n空气质量优良率达90%以上。\n新建5G基站50个以上。";
        var plan = new Plan
        {
            Region = "测试市",
            Year = 2022,
            SourceName = "report.txt",
            SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Sections =
            [
                new Section { Code = "S1", Number = "一", Title = "民生", Level = 1, Span = new SourceSpan(0, 4) },
                new Section { Code = "S2", Number = "二", Title = "生态", Level = 1, Span = new SourceSpan(34, 4) },
            ],
        };
        plan.Tasks.Add(Task("T1", "S1", "年内实现城镇新增就业6千人以上", Rsj, Target("T1.1", "城镇新增就业", 6000m, "人", Measure.Cumulative)));
        plan.Tasks.Add(Task("T2", "S1", "确保幼儿园年内投入使用", Jyj, Target("T2.1", "幼儿园投入使用", null, null, Measure.Milestone)));
        plan.Tasks.Add(Task("T3", "S2", "空气质量优良率达90%以上", Sthj, Target("T3.1", "空气质量优良率", 90m, "%", Measure.Level)));
        plan.Tasks.Add(Task("T4", "S2", "新建5G基站50个以上", Czj, Target("T4.1", "新建5G基站", 50m, "个", Measure.Cumulative)));
        return plan;
    }

    private static Target Target(string code, string subject, decimal? value, string? unit, Measure measure) => new()
    {
        Code = code, Text = subject, Subject = subject, Value = value, Unit = unit, Measure = measure,
        Kind = measure == Measure.Milestone ? TargetKind.Milestone : TargetKind.Numeric,
        Comparator = measure == Measure.Milestone ? Comparator.Equal : Comparator.AtLeast,
        Deadline = new DateOnly(2022, 12, 31),
    };

    private static PlanTask Task(string code, string section, string text, string lead, Target target) => new()
    {
        Code = code, SectionCode = section, Text = text, Span = new SourceSpan(0, 1), LeadUnit = lead, SupportingUnits = [],
        Deadline = new DateOnly(2022, 12, 31), Targets = [target],
    };

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException("notice ledger setup failed: " + what);
        }
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
