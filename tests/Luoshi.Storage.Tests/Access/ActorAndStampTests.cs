using Luoshi.Domain.Access;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Access;

public abstract class ActorAndStampTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForActor_Write_AuditedAsTheOtherActorAndTheOriginalKeepsItsOwn()
    {
        var li = Ledger.ForActor("李科长");

        await li.CreateAccountAsync(new NewAccount("li", "李科长", AccountRole.Office, null, AccessFixtures.Password), Ct);
        await Ledger.CreateAccountAsync(new NewAccount("wang", "王科员", AccountRole.Office, null, AccessFixtures.Password), Ct);

        var trail = await Ledger.AuditAsync(2, "account", Ct);
        Assert.Equal([("王科员", "wang"), ("李科长", "li")], trail.Select(a => (a.Actor, a.EntityKey)));
    }

    [Fact]
    public async Task ForActor_Disposed_TheOriginalLedgerStillWorks()
    {
        await using (var li = Ledger.ForActor("李科长"))
        {
            await li.CreateAccountAsync(new NewAccount("li", "李科长", AccountRole.Office, null, AccessFixtures.Password), Ct);
        }

        Assert.Equal(["li"], (await Ledger.ListAccountsAsync(Ct)).Select(a => a.Login));
    }

    [Fact]
    public async Task ChangeStamp_EmptyLedger_Zero()
    {
        Assert.Equal(0, await Ledger.ChangeStampAsync(Ct));
    }

    [Fact]
    public async Task ChangeStamp_MovesOnEveryWriteAndNotOnReads()
    {
        var stamps = new List<long> { await Ledger.ChangeStampAsync(Ct) };
        var planId = (await Ledger.ImportPlanAsync(SamplePlans.Create(), replace: false, Ct)).PlanId;
        stamps.Add(await Ledger.ChangeStampAsync(Ct));
        await Ledger.CreateAccountAsync(new NewAccount("wang", "王科员", AccountRole.Office, null, AccessFixtures.Password), Ct);
        stamps.Add(await Ledger.ChangeStampAsync(Ct));
        await Ledger.FindPlanAsync(planId, Ct);
        await Ledger.ListAccountsAsync(Ct);
        await TargetsAsync(planId, new DateOnly(2022, 4, 1));
        await Ledger.AuditAsync(10, null, Ct);
        stamps.Add(await Ledger.ChangeStampAsync(Ct));
        await Ledger.ForActor("李科长").SetAccountDisabledAsync("wang", true, Ct);
        stamps.Add(await Ledger.ChangeStampAsync(Ct));

        Assert.Equal(0, stamps[0]);
        Assert.True(stamps[1] > stamps[0] && stamps[2] > stamps[1] && stamps[4] > stamps[3], string.Join(",", stamps));
        Assert.Equal(stamps[2], stamps[3]);
        Assert.Equal((await Ledger.AuditAsync(1, null, Ct))[0].Id, stamps[4]);
    }

    [Fact]
    public async Task ChangeStamp_RefusedWrite_DoesNotMove()
    {
        await Ledger.CreateAccountAsync(new NewAccount("wang", "王科员", AccountRole.Office, null, AccessFixtures.Password), Ct);
        var before = await Ledger.ChangeStampAsync(Ct);

        await Ledger.CreateAccountAsync(new NewAccount("wang", "王科员", AccountRole.Office, null, AccessFixtures.Password), Ct);

        Assert.Equal(before, await Ledger.ChangeStampAsync(Ct));
    }
}

public sealed class SqliteActorAndStampTests : ActorAndStampTests<SqliteTestDatabase>;

public sealed class PostgresActorAndStampTests : ActorAndStampTests<PostgresTestDatabase>;
