using System.Globalization;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Tests.Access;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Lifecycle;

/// <summary>The sample plan (T1 led by 人社局, T2 by 教育局, 财政局 supporting both) with a clock set to noon in China on
/// the day a test says.</summary>
public abstract class LifecycleFixture<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    protected const string Hr = "测试市人力资源和社会保障局";
    protected const string Education = "测试市教育局";

    protected const string UnitsCsv = AccessFixtures.UnitsCsv + "D3,测试市财政局,department,C,财政局\n";

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static LifecycleActor Office => LifecycleActor.Office;

    protected static LifecycleActor EducationUnit => LifecycleActor.OfUnit(Education);

    protected static DateOnly D(string day) => DateOnly.Parse(day, CultureInfo.InvariantCulture);

    protected LifecycleLedger Life => Ledger.Lifecycle;

    protected int PlanId { get; private set; }

    protected async Task PlanAsync()
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", UnitsCsv), null, Ct)).Succeeded);
        PlanId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        Assert.True((await Ledger.AssignAsync(PlanId, "T1", new Assignment("人社局", ["财政局"], null, null), Ct)).Succeeded);
        Assert.True((await Ledger.AssignAsync(PlanId, "T2", new Assignment("教育局", ["财政局"], null, null), Ct)).Succeeded);
    }

    /// <summary>Sets the clock to noon in China on <paramref name="day"/>.</summary>
    protected void On(string day) => Clock.Now = new DateTimeOffset(D(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

    protected async Task<TaskReading> TaskAsync(string code, string asOf) =>
        (await Ledger.ReadPlanAsync(PlanId, D(asOf), ct: Ct))!.Task(code)!;

    protected static void Ok(StoreResult result) => Assert.True(result.Succeeded, result.Error?.ToString());

    protected static void Refused(StoreResult result, string zh, Domain.Wording.ProblemKind kind)
    {
        Assert.False(result.Succeeded);
        Assert.Equal((kind, zh), (result.Error!.Kind, result.Error.Message.Zh));
    }
}
