using Luoshi.Domain.Access;
using Luoshi.Storage.Tests.Databases;
using Microsoft.AspNetCore.Identity;

namespace Luoshi.Storage.Tests.Access;

public abstract class SignInTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Wrong = "wrong password 1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task CreateAsync() =>
        await Ledger.CreateAccountAsync(new NewAccount("wang", "王科员", AccountRole.Office, null, AccessFixtures.Password), Ct);

    [Fact]
    public async Task SignIn_RightPasswordAnyCase_SucceededWithTheAccountAndAudited()
    {
        await CreateAsync();

        var result = await Ledger.SignInAsync("WANG", AccessFixtures.Password, Ct);

        Assert.Equal(SignInOutcome.Succeeded, result.Outcome);
        Assert.Equal(("wang", AccountRole.Office), (result.Account!.Login, result.Account.Role));
        Assert.Null(result.LockedUntil);
        var audit = (await Ledger.AuditAsync(1, "account", Ct))[0];
        Assert.Equal(("sign-in", "wang"), (audit.Action, audit.EntityKey));
    }

    [Fact]
    public async Task SignIn_WrongPasswordAndUnknownLogin_BothFailedTheSameWayAndAudited()
    {
        await CreateAsync();

        var wrong = await Ledger.SignInAsync("wang", Wrong, Ct);
        var unknown = await Ledger.SignInAsync("nobody", Wrong, Ct);

        Assert.Equal(new SignInResult(SignInOutcome.Failed, null, null), wrong);
        Assert.Equal(new SignInResult(SignInOutcome.Failed, null, null), unknown);
        var trail = await Ledger.AuditAsync(2, "account", Ct);
        Assert.Equal([("sign-in-failed", "nobody"), ("sign-in-failed", "wang")], trail.Select(a => (a.Action, a.EntityKey)));
        Assert.All(trail, a => Assert.DoesNotContain(Wrong, a.After, StringComparison.Ordinal));
        Assert.Equal(1, await CountAsync("sign_in_failures WHERE login = 'wang' AND failures = 1"));
    }

    [Fact]
    public async Task SignIn_FiveFailuresInARow_LockedForFifteenMinutesEvenWithTheRightPassword()
    {
        await CreateAsync();

        var outcomes = new List<SignInOutcome>();
        for (var i = 0; i < 5; i++)
        {
            outcomes.Add((await Ledger.SignInAsync("wang", Wrong, Ct)).Outcome);
        }

        var right = await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct);

        Assert.Equal([SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.LockedOut], outcomes);
        Assert.Equal(new SignInResult(SignInOutcome.LockedOut, null, Noon.AddMinutes(15)), right);
        Assert.Equal(1, await CountAsync("audit_entries WHERE action = 'locked'"));
        Assert.Equal(6, await CountAsync("audit_entries WHERE action = 'sign-in-failed'"));
    }

    [Fact]
    public async Task SignIn_FourFailuresThenSuccess_CounterResetSoFourMoreDoNotLock()
    {
        await CreateAsync();
        for (var i = 0; i < 4; i++)
        {
            await Ledger.SignInAsync("wang", Wrong, Ct);
        }

        Assert.Equal(SignInOutcome.Succeeded, (await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct)).Outcome);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInOutcome.Failed, (await Ledger.SignInAsync("wang", Wrong, Ct)).Outcome);
        }

        Assert.Equal(SignInOutcome.Succeeded, (await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct)).Outcome);
    }

    [Fact]
    public async Task SignIn_Locked_StillLockedAtFourteenMinutesFiftyNineAndOpenAtFifteen()
    {
        await CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await Ledger.SignInAsync("wang", Wrong, Ct);
        }

        Clock.Now = Noon.AddMinutes(15).AddSeconds(-1);
        var early = await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct);
        Clock.Now = Noon.AddMinutes(15);
        var onTime = await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct);

        Assert.Equal(SignInOutcome.LockedOut, early.Outcome);
        Assert.Equal(SignInOutcome.Succeeded, onTime.Outcome);
        Assert.Equal(0, await CountAsync("sign_in_failures"));
    }

    [Fact]
    public async Task SignIn_DisabledAccount_DisabledOnlyWithTheRightPasswordAndEnabledAgainWorks()
    {
        await CreateAsync();

        Assert.True((await Ledger.SetAccountDisabledAsync("wang", true, Ct)).Succeeded);
        var right = await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct);
        var wrong = await Ledger.SignInAsync("wang", Wrong, Ct);
        Assert.True((await Ledger.SetAccountDisabledAsync("wang", false, Ct)).Succeeded);
        var enabled = await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct);

        Assert.Equal(new SignInResult(SignInOutcome.Disabled, null, null), right);
        Assert.Equal(SignInOutcome.Failed, wrong.Outcome);
        Assert.Equal(SignInOutcome.Succeeded, enabled.Outcome);
        Assert.Equal(["account.disable", "account.enable"],
            (await Ledger.AuditAsync(100, "account", Ct)).Where(a => a.Action.StartsWith("account.", StringComparison.Ordinal)
                && a.Action != "account.create").Select(a => a.Action).Reverse());
        Assert.Equal("field login: no account 'li'", (await Ledger.SetAccountDisabledAsync("li", true, Ct)).Error?.ToWords().En);
    }

    [Fact]
    public async Task SignIn_OldFormatHash_SucceedsAndStoresACurrentHash()
    {
        await CreateAsync();
        // A hash in Identity's version 2 format (PBKDF2-SHA1, 1000 iterations), as an older installation stored it.
        var v2 = new PasswordHasher<Account>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        var old = v2.HashPassword(null!, AccessFixtures.Password);
        await Database.ExecuteAsync($"UPDATE accounts SET password_hash = '{old}' WHERE login = 'wang'");

        var result = await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct);

        Assert.Equal(SignInOutcome.Succeeded, result.Outcome);
        var stored = (await Ledger.FindAccountAsync("wang", Ct))!;
        Assert.NotEqual(old, stored.PasswordHash);
        Assert.Equal((0x00, 0x01), (Convert.FromBase64String(old)[0], Convert.FromBase64String(stored.PasswordHash)[0]));
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Account>().VerifyHashedPassword(stored, stored.PasswordHash, AccessFixtures.Password));
    }
}

public sealed class SqliteSignInTests : SignInTests<SqliteTestDatabase>;

public sealed class PostgresSignInTests : SignInTests<PostgresTestDatabase>;
