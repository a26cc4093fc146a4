using Luoshi.Domain.Progress;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Tests.Databases;
using Luoshi.Storage.Tests.Lifecycle;

namespace Luoshi.Storage.Tests.Evaluation;

/// <summary>A reading lends the next reading of the same plan on the same day every task whose facts did not change,
/// and reads again exactly the tasks whose facts did: a report approved (its task's sent facts), a task assigned (its
/// lifecycle), an edited target (the whole plan). Each lent or re-read task must equal what a ledger opened afresh,
/// which keeps nothing, reads.</summary>
public abstract class ReadingReuseTests<TDatabase> : LifecycleFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state\n";

    [Fact]
    public async Task Reading_AfterOneChange_RereadsOnlyTheChangedTask()
    {
        await PlanAsync();
        On("2022-03-10");
        Ok(await Life.AssignAsync(PlanId, "T2", Office, Ct));
        Assert.True((await Ledger.ImportProgressAsync(PlanId, WriteFile("jan.csv", Header + "T1,T1.1,1,人社局,400,,,,一月,,,submitted\n"), null, Ct)).Succeeded);
        var first = await ReadAsync("2022-03-10");
        var again = await ReadAsync("2022-03-10");
        Assert.All(first.Tasks.Zip(again.Tasks), pair => Assert.Same(pair.First, pair.Second));

        var january = (await Ledger.ListReportsAsync(PlanId, ct: Ct)).Single();
        Assert.True((await Ledger.TransitionAsync(january.Id, ReportAction.Approve, null, january.Version, Ct)).Succeeded);
        var approved = await ReadAsync("2022-03-10");
        Assert.NotSame(again.Task("T1"), approved.Task("T1"));
        Assert.Same(again.Task("T2"), approved.Task("T2"));
        Assert.Equal(400m, approved.Target("T1.1")!.Now.Actual);
        await SameAsAfreshAsync(approved);

        Ok(await Life.SignAsync(PlanId, "T2", EducationUnit, Ct));
        var signed = await ReadAsync("2022-03-10");
        Assert.Same(approved.Task("T1"), signed.Task("T1"));
        Assert.NotSame(approved.Task("T2"), signed.Task("T2"));
        Assert.Equal(new DateOnly(2022, 3, 10), signed.Task("T2")!.Lifecycle!.SignedOn);
        await SameAsAfreshAsync(signed);

        // Another day is another reading: nothing is lent across days.
        var later = await ReadAsync("2022-04-10");
        Assert.All(signed.Tasks.Zip(later.Tasks), pair => Assert.NotSame(pair.First, pair.Second));

        await Database.ExecuteAsync("UPDATE targets SET value = '9000' WHERE code = 'T1.1'");
        var edited = await ReadAsync("2022-04-10");
        Assert.All(later.Tasks.Zip(edited.Tasks), pair => Assert.NotSame(pair.First, pair.Second));
        Assert.Equal(9000m, edited.Target("T1.1")!.Target.Value);
        await SameAsAfreshAsync(edited);
    }

    private async Task<PlanReading> ReadAsync(string asOf) => (await Ledger.ReadPlanAsync(PlanId, D(asOf), ct: Ct))!;

    // The statuses, actuals, expected values and task statuses a ledger with nothing kept reads on the same day.
    private async Task SameAsAfreshAsync(PlanReading reading)
    {
        await using var fresh = await OpenAsAsync("重新打开");
        var afresh = (await fresh.ReadPlanAsync(PlanId, reading.AsOf, ct: Ct))!;
        Assert.Equal(Figures(afresh), Figures(reading));
    }

    private static List<string> Figures(PlanReading reading) =>
    [
        .. reading.Targets.Select(t => $"{t.Code} {t.Status} {t.Now.Actual} {t.Now.Expected}"),
        .. reading.Tasks.Select(t => $"{t.Code} {t.Status.Kind} {t.Stage}"),
    ];
}

public sealed class SqliteReadingReuseTests : ReadingReuseTests<SqliteTestDatabase>;

public sealed class PostgresReadingReuseTests : ReadingReuseTests<PostgresTestDatabase>;
