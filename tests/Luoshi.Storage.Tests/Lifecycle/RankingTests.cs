using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Lifecycle;

/// <summary>The unit ranking with the supervision record (docs/evaluation.md "Unit ranking"): reports on time, then
/// 签收 on time, then green targets, then tasks closed on time, then fewer extensions. No report is sent and no target
/// is green in the sample plan, so both units share those figures (0 % on time, 0 % green) and the lifecycle decides.
/// Both tasks are assigned on Thu 29 Sep 2022, sign limit Sun 9 Oct (the 2022 notice).</summary>
public abstract class RankingTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private async Task<List<string>> RankingAsync(string asOf) =>
        [.. (await Ledger.ReadPlanAsync(PlanId, D(asOf), ct: Ct))!.Units.Select(u =>
            $"{u.Rank} {u.Unit} reports {u.ReportsOnTime}/{u.ReportsDue} sign {u.SignsOnTime}/{u.SignsDue} closed {u.ClosedOnTime} extensions {u.Extensions}")];

    private async Task AssignBothAsync()
    {
        await PlanAsync();
        On("2022-09-29");
        Ok(await Life.AssignAsync(PlanId, "T1", Office, Ct));
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        On("2022-09-30");
        Ok(await Life.SignAsync(PlanId, "T1", LifecycleActorOf(Hr), Ct));
    }

    private static Storage.Lifecycle.LifecycleActor LifecycleActorOf(string unit) => Storage.Lifecycle.LifecycleActor.OfUnit(unit);

    [Fact]
    public async Task SignOnTime_RanksBeforeClosedOnTimeAndExtensions()
    {
        await AssignBothAsync();
        // 30 Sep: 人社局 signed on time (1/1); 教育局's limit has not come (0/0, counted as all on time): a tie.
        Assert.Equal(
            ["1 测试市人力资源和社会保障局 reports 0/9 sign 1/1 closed 0 extensions 0", "1 测试市教育局 reports 0/9 sign 0/0 closed 0 extensions 0"],
            await RankingAsync("2022-09-30"));

        // 教育局 signs late (Wed 12 Oct) and closes T2 on 13 Oct, before its deadline; 人社局 is granted an extension.
        On("2022-10-12");
        Ok(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct));
        Ok(await Life.RequestExtensionAsync(PlanId, "T1", LifecycleActorOf(Hr), D("2023-03-31"), "资金未到位", Ct));
        Ok(await Life.DecideExtensionAsync(PlanId, "T1", Office, grant: true, ct: Ct));
        On("2022-10-13");
        Ok(await Life.RequestCloseAsync(PlanId, "T2", EducationUnit, "已全部完成", Ct));
        Ok(await Life.ReviewCloseAsync(PlanId, "T2", Office, approve: true, ct: Ct));

        // 13 Oct: 签收 on time decides first — 人社局 100 %, 教育局 0 % — though 教育局 closed a task and 人社局 was extended.
        Assert.Equal(
            ["1 测试市人力资源和社会保障局 reports 0/9 sign 1/1 closed 0 extensions 1", "2 测试市教育局 reports 0/9 sign 0/1 closed 1 extensions 0"],
            await RankingAsync("2022-10-13"));
    }

    [Fact]
    public async Task ClosedOnTime_ThenFewerExtensions_DecideBetweenEqualSigners()
    {
        await AssignBothAsync();
        On("2022-09-30");
        Ok(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct));

        // 10 Oct: 人社局 is granted an extension: equal so far, so fewer extensions puts 教育局 first.
        On("2022-10-10");
        Ok(await Life.RequestExtensionAsync(PlanId, "T1", LifecycleActorOf(Hr), D("2023-03-31"), "资金未到位", Ct));
        Ok(await Life.DecideExtensionAsync(PlanId, "T1", Office, grant: true, ct: Ct));
        Assert.Equal(
            ["1 测试市教育局 reports 0/9 sign 1/1 closed 0 extensions 0", "2 测试市人力资源和社会保障局 reports 0/9 sign 1/1 closed 0 extensions 1"],
            await RankingAsync("2022-10-10"));

        // 11 Oct: 人社局 closes T1 on time (its deadline in force is 2023-03-31): one task closed on time outranks the extension.
        On("2022-10-11");
        Ok(await Life.RequestCloseAsync(PlanId, "T1", LifecycleActorOf(Hr), "已全部完成", Ct));
        Ok(await Life.ReviewCloseAsync(PlanId, "T1", Office, approve: true, ct: Ct));
        Assert.Equal(
            ["1 测试市人力资源和社会保障局 reports 0/9 sign 1/1 closed 1 extensions 1", "2 测试市教育局 reports 0/9 sign 1/1 closed 0 extensions 0"],
            await RankingAsync("2022-10-11"));
    }
}

public sealed class SqliteRankingTests : RankingTests<SqliteTestDatabase>;

public sealed class PostgresRankingTests : RankingTests<PostgresTestDatabase>;
