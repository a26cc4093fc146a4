using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Web.Tests.Years;

/// <summary>The test ledger on 2023-01-20 with 2022 closed — T1 (人社局, 新增就业 ≥ 6000人) confirmed 基本完成 with 5600
/// (6.67% short, within 10%), T2 (教育局, 幼儿园投入使用) confirmed 未完成 — and 测试市's 2023 plan imported: T1 新增就业
/// ≥ 6500人 (the rule suggests 2022 T1.1: same subject and unit), T2 城区空气质量优良率 ≥ 92% (no earlier subject).</summary>
public sealed class YearsWebLedger : WebLedger, IAsyncLifetime
{
    public const string Text2023 = "一、民生\n年内实现城镇新增就业6500人以上。\n城区空气质量优良率达92%以上。";

    public int Plan2023 { get; private set; }

    protected override DateOnly Today => new(2023, 1, 20);

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var ct = TestContext.Current.CancellationToken;
        var at = Ledger.ForActor("office", new Day(new DateOnly(2023, 1, 10)));
        Check(await at.Closing.OpenAsync(PlanId, LifecycleActor.Office, ct: ct));
        Check(await at.Closing.SubmitAsync(PlanId, "T1", LifecycleActor.OfUnit(TestPlan.Rsj), new ClosingSubmission(ClosingResult.BasicallyDone, "全年新增就业5600人", null,
            "两场招聘会因疫情取消", ["就业登记台账"], [new TargetFinal("T1.1", 5600m, null)]), ct));
        Check(await at.Closing.SubmitAsync(PlanId, "T2", LifecycleActor.OfUnit(TestPlan.Jyj), new ClosingSubmission(ClosingResult.NotDone, "主体完工", null,
            "竣工验收推迟", ["施工日志"], []), ct));
        Check(await at.Closing.ConfirmAsync(PlanId, "T1", LifecycleActor.Office, ct: ct));
        Check(await at.Closing.ConfirmAsync(PlanId, "T2", LifecycleActor.Office, ct: ct));
        Plan2023 = (await Ledger.ImportPlanAsync(Create2023(), replace: false, ct)).PlanId;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private static Plan Create2023()
    {
        var plan = new Plan
        {
            Region = TestPlan.Region, Year = 2023, SourceName = "report-2023.txt", SourceText = Text2023,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text2023))),
            Sections = [new Section { Code = "S1", Number = "一", Title = "民生", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        plan.Tasks.Add(Task("T1", "年内实现城镇新增就业6500人以上", TestPlan.Rsj, new Target
        {
            Code = "T1.1", Text = "城镇新增就业6500人以上", Subject = "城镇新增就业", Kind = TargetKind.Numeric, Comparator = Comparator.AtLeast,
            Value = 6500m, Unit = "人", Measure = Measure.Cumulative, Deadline = new DateOnly(2023, 12, 31),
        }));
        plan.Tasks.Add(Task("T2", "城区空气质量优良率达92%以上", "测试市财政局", new Target
        {
            Code = "T2.1", Text = "城区空气质量优良率达92%以上", Subject = "城区空气质量优良率", Kind = TargetKind.Share, Comparator = Comparator.AtLeast,
            Value = 92m, Unit = "%", Measure = Measure.Level, Deadline = new DateOnly(2023, 12, 31),
        }));
        return plan;
    }

    private static PlanTask Task(string code, string text, string lead, Target target) => new()
    {
        Code = code, SectionCode = "S1", Text = text, LeadUnit = lead, Deadline = new DateOnly(2023, 12, 31), Targets = [target],
    };

    private sealed class Day(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
    }

    private static void Check(Storage.StoreResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("years fixture: " + result.Error);
        }
    }
}
