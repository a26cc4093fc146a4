using Luoshi.Domain.Reading;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Households;
using Luoshi.Domain.Plans;
using Luoshi.Storage.Households.Monitoring;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Households;

/// <summary>坚决守住不发生规模性返贫底线 bound to households.unassisted-fallback, worked by hand: the 2022 line is 6,000
/// yuan; on 15 March 张三明 (东升村, 5,800.50) and 钱七 (西江村, 5,000) are recorded under it; 张三明 is identified on
/// 5 April and assisted from 8 April, 钱七 is not. As of 10 April: March's end counts both (2 events), April adds
/// none, so the target's sum is 2 and it is red, its note naming 西江村, where 钱七 is still uncovered.</summary>
public abstract class BottomLineTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> LedgerOfMarchAndAprilAsync()
    {
        Clock.Now = new DateTimeOffset(2022, 3, 15, 4, 0, 0, TimeSpan.Zero);
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", Register.Units), null, Ct)).Succeeded);
        await Ledger.SetIncomeLineAsync(2022, 6000m, Ct);
        var file = Register.Three(2022) + $"H004,V12,钱七,{Register.Qian},2022,5000,,,,\n";
        Assert.Equal(2, (await Ledger.ImportHouseholdsAsync(WriteFile("households.csv", file), null, Ct)).Flagged);
        Clock.Now = Noon;
        await Ledger.RecordHouseholdStepAsync("H001", HouseholdStep.Identify(new(2022, 4, 5), IdentificationSource.StaffVisit, RiskTypes.Illness), Ct);
        await Ledger.RecordHouseholdStepAsync("H001", HouseholdStep.Assist(new(2022, 4, 8), "医疗保障", "大病保险报销"), Ct);
        var plan = SamplePlans.Create();
        var target = plan.Tasks[0].Targets[0];
        (target.Kind, target.Comparator, target.Value, target.Measure, target.Unit) = (TargetKind.BottomLine, Comparator.Equal, 0m, Measure.BottomLine, "户");
        return (await Ledger.ImportPlanAsync(plan, replace: false, Ct)).PlanId;
    }

    private async Task<TargetReading> EvaluateAsync(int planId, string scope)
    {
        var bound = await Ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("households.unassisted-fallback", scope), Ct);
        Assert.True(bound.Succeeded, bound.Error?.ToString());
        return (await TargetsAsync(planId, new DateOnly(2022, 4, 10))).Single(r => r.Code == "T1.1");
    }

    [Theory]
    [InlineData("C")]
    [InlineData("region")] // every village of the ledger: here the city's
    public async Task City_TwoFellBackUncoveredAtMarchsEnd_RedNamingTheVillageStillUncovered(string scope)
    {
        var planId = await LedgerOfMarchAndAprilAsync();

        var row = await EvaluateAsync(planId, scope);

        Assert.Equal((TargetStatus.AtRisk, 2m), (row.Now.Status, row.Now.Actual));
        Assert.Equal("as of 2022-04-10 1 household(s) under the income line not identified and assisted: 西江村 1", row.Note!.Value.En);
        Assert.Equal("截至2022-04-10，1户低于监测收入标准未识别帮扶：西江村1户", row.Note!.Value.Zh);
    }

    [Fact]
    public async Task TownWithoutAnyoneUnderTheLine_Green()
    {
        var planId = await LedgerOfMarchAndAprilAsync();

        var row = await EvaluateAsync(planId, "T2");

        Assert.Equal((TargetStatus.OnTrack, 0m), (row.Now.Status, row.Now.Actual));
        Assert.Equal("as of 2022-04-10 no household under the income line is left without identification and assistance (0 under the line)", row.Note!.Value.En);
    }

    [Fact]
    public async Task VillageWhoseOnlyCaseWasCoveredInApril_StillCountsMarchsEvent()
    {
        var planId = await LedgerOfMarchAndAprilAsync();

        var row = await EvaluateAsync(planId, "V11");

        Assert.Equal((TargetStatus.AtRisk, 1m), (row.Now.Status, row.Now.Actual));
        Assert.Equal("as of 2022-04-10 no household under the income line is left without identification and assistance (1 under the line)", row.Note!.Value.En);
    }

    [Fact]
    public async Task Bind_DepartmentOrUnknownScope_Refused()
    {
        var planId = await LedgerOfMarchAndAprilAsync();

        Assert.Equal("T1.1: 'D1' is a department; expected the city, a town or a village",
            (await Ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("households.unassisted-fallback", "D1"), Ct)).Error!.Message.En);
        Assert.Equal("T1.1: no unit with the code 'X9' (expected the code of the city, a town or a village)",
            (await Ledger.BindTargetAsync(planId, "T1.1", new IndicatorBinding("households.unassisted-fallback", "X9"), Ct)).Error!.Message.En);
    }
}

public sealed class SqliteBottomLineTests : BottomLineTests<SqliteTestDatabase>;

public sealed class PostgresBottomLineTests : BottomLineTests<PostgresTestDatabase>;
