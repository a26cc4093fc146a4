using System.Diagnostics;
using Luoshi.Domain.Access;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Access;

/// <summary>Lockouts hold one login at one client address: a stranger's guesses elsewhere never shut the owner out, an
/// unknown login answers exactly as a real one does, and the office can lift every lock of an account.</summary>
public abstract class LockoutTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Wrong = "wrong password 1";
    private const string Stranger = "203.0.113.9";
    private const string Office = "10.1.2.3";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task CreateAsync() =>
        Assert.True((await Ledger.CreateAccountAsync(new NewAccount("leader", "市领导", AccountRole.Leader, null, AccessFixtures.Password), Ct)).Succeeded);

    private async Task<List<SignInResult>> FailFiveTimesAsync(string login, string address)
    {
        var results = new List<SignInResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await Ledger.SignInAsync(login, Wrong, address, Ct));
        }

        return results;
    }

    [Fact]
    public async Task SignIn_FiveFailuresFromAStrangersAddress_LockedThereButTheOwnerSignsInFromTheOffice()
    {
        await CreateAsync();

        var stranger = await FailFiveTimesAsync("leader", Stranger);
        var strangerRight = await Ledger.SignInAsync("leader", AccessFixtures.Password, Stranger, Ct);
        var owner = await Ledger.SignInAsync("leader", AccessFixtures.Password, Office, Ct);

        Assert.Equal(SignInOutcome.LockedOut, stranger[4].Outcome);
        Assert.Equal(new SignInResult(SignInOutcome.LockedOut, null, Noon.AddMinutes(15)), strangerRight);
        Assert.Equal(SignInOutcome.Succeeded, owner.Outcome);
        Assert.Equal([new SignInLock("leader", Stranger, Noon.AddMinutes(15))], await Ledger.ListSignInLocksAsync(Ct));
    }

    [Fact]
    public async Task SignIn_UnknownLoginAndRealAccount_AnswerAlikeBeforeAndAfterTheLock()
    {
        await CreateAsync();

        var real = await FailFiveTimesAsync("leader", Stranger);
        var unknown = await FailFiveTimesAsync("no.such.person", Stranger);
        var realAfter = await Ledger.SignInAsync("leader", Wrong, Stranger, Ct);
        var unknownAfter = await Ledger.SignInAsync("no.such.person", Wrong, Stranger, Ct);

        Assert.Equal(real, unknown);
        Assert.Equal(realAfter, unknownAfter);
        Assert.Equal(new SignInResult(SignInOutcome.LockedOut, null, Noon.AddMinutes(15)), unknownAfter);
        var audit = (await Ledger.AuditAsync(1, "account", Ct))[0];
        Assert.Equal(("sign-in-failed", "no.such.person"), (audit.Action, audit.EntityKey));
        Assert.Contains($"\"Address\":\"{Stranger}\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_LockedUnknownAndWrong_EachDoOnePasswordHashsWork()
    {
        await CreateAsync();
        await FailFiveTimesAsync("leader", Stranger);
        var (locked, unknown, wrong) = (new List<double>(), new List<double>(), new List<double>());

        // Interleaved, so a machine that slows down meanwhile slows all three alike; medians, so one pause does not count.
        for (var i = 0; i < 9; i++)
        {
            locked.Add(await TimeAsync(() => Ledger.SignInAsync("leader", AccessFixtures.Password, Stranger, Ct)));
            unknown.Add(await TimeAsync(() => Ledger.SignInAsync("nobody." + i, Wrong, "198.51.100." + i, Ct)));
            wrong.Add(await TimeAsync(() => Ledger.SignInAsync("leader", Wrong, "192.0.2." + i, Ct)));
        }

        // A password hash (PBKDF2, 100,000 rounds) costs tens of milliseconds, a database write a few: a path that
        // skipped the hash would take a fraction of the others.
        var (l, u, w) = (Median(locked), Median(unknown), Median(wrong));
        Assert.InRange(l / w, 0.6, 1.7);
        Assert.InRange(u / w, 0.6, 1.7);
    }

    [Fact]
    public async Task UnlockAccount_LiftsTheLockOfEveryAddressAndIsAudited()
    {
        await CreateAsync();
        await FailFiveTimesAsync("leader", Stranger);
        await FailFiveTimesAsync("leader", Office);
        await Ledger.SignInAsync("leader", Wrong, "192.0.2.1", Ct);
        await using var office = await OpenAsAsync("督查室");

        var unlocked = await office.UnlockAccountAsync("Leader", Ct);
        var missing = await office.UnlockAccountAsync("nobody", Ct);

        Assert.True(unlocked.Succeeded);
        Assert.Equal(("login", "no account 'nobody'"), (missing.Error?.Place?.Field, missing.Error?.Message.En));
        Assert.Empty(await Ledger.ListSignInLocksAsync(Ct));
        Assert.Equal(0, await CountAsync("sign_in_failures"));
        Assert.Equal(SignInOutcome.Succeeded, (await Ledger.SignInAsync("leader", AccessFixtures.Password, Stranger, Ct)).Outcome);
        var audit = (await Ledger.AuditAsync(10, "account", Ct)).Single(a => a.Action == "account.unlock");
        Assert.Equal(("督查室", "leader"), (audit.Actor, audit.EntityKey));
        Assert.Equal($"{{\"Locked\":[\"{Office}\",\"{Stranger}\"]}}", audit.Before);
    }

    [Fact]
    public async Task SetPassword_LiftsTheLocksToo()
    {
        await CreateAsync();
        await FailFiveTimesAsync("leader", Stranger);

        Assert.True((await Ledger.SetPasswordAsync("leader", "a new password 2022", Ct)).Succeeded);

        Assert.Equal(SignInOutcome.Succeeded, (await Ledger.SignInAsync("leader", "a new password 2022", Stranger, Ct)).Outcome);
    }

    [Fact]
    public async Task SignIn_FailuresIdleForADay_ForgottenSoTheTableDoesNotGrow()
    {
        await CreateAsync();
        for (var i = 0; i < 20; i++)
        {
            await Ledger.SignInAsync("guess" + i, Wrong, Stranger, Ct);
        }

        Clock.Now = Noon.AddDays(1).AddMinutes(1);
        await Ledger.SignInAsync("leader", Wrong, Office, Ct);

        Assert.Equal(1, await CountAsync("sign_in_failures"));
        Assert.Equal(1, await CountAsync("sign_in_failures WHERE login = 'leader' AND failures = 1"));
    }

    private static async Task<double> TimeAsync(Func<Task<SignInResult>> attempt)
    {
        var watch = Stopwatch.StartNew();
        await attempt();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

public sealed class SqliteLockoutTests : LockoutTests<SqliteTestDatabase>;

public sealed class PostgresLockoutTests : LockoutTests<PostgresTestDatabase>;
