using Luoshi.Domain.Access;
using Luoshi.Storage.Tests.Databases;
using Microsoft.AspNetCore.Identity;

namespace Luoshi.Storage.Tests.Access;

public abstract class AccountTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task ImportUnitsAsync() =>
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", AccessFixtures.UnitsCsv), null, Ct)).Succeeded);

    [Fact]
    public async Task CreateAccount_UnitReporterByAlias_StoredLowerCaseWithFullUnitNameAndAudited()
    {
        await ImportUnitsAsync();

        var created = await Ledger.CreateAccountAsync(
            new NewAccount("Li.Ming", "李明", AccountRole.UnitReporter, "人社局", AccessFixtures.Password), Ct);

        Assert.True(created.Succeeded, created.Error?.ToString());
        var stored = await Ledger.FindAccountAsync("LI.MING", Ct);
        Assert.NotNull(stored);
        Assert.Equal(("li.ming", "李明", AccountRole.UnitReporter, "测试市人力资源和社会保障局", false, Noon),
            (stored.Login, stored.DisplayName, stored.Role, stored.Unit, stored.Disabled, stored.CreatedAt));
        var audit = (await Ledger.AuditAsync(1, "account", Ct))[0];
        Assert.Equal(("account.create", "li.ming", "王科员"), (audit.Action, audit.EntityKey, audit.Actor));
        Assert.Contains("\"Unit\":\"测试市人力资源和社会保障局\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAccount_StoredHashIsNotThePasswordAndVerifiesWithPbkdf2()
    {
        await Ledger.CreateAccountAsync(new NewAccount("office1", "督查室王", AccountRole.Office, null, AccessFixtures.Password), Ct);

        var stored = (await Ledger.FindAccountAsync("office1", Ct))!;

        Assert.DoesNotContain(AccessFixtures.Password, stored.PasswordHash, StringComparison.Ordinal);
        // Identity's version 3 format: a 0x01 marker, then PBKDF2 parameters, salt and subkey.
        Assert.Equal(0x01, Convert.FromBase64String(stored.PasswordHash)[0]);
        var hasher = new PasswordHasher<Account>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(stored, stored.PasswordHash, AccessFixtures.Password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(stored, stored.PasswordHash, "correct horse battery!"));
    }

    [Theory]
    [InlineData("", "王", AccountRole.Office, null, "field login: expected 2 to 64 characters of a-z, 0-9, '.', '_' or '-', found ''")]
    [InlineData("a", "王", AccountRole.Office, null, "field login: expected 2 to 64 characters of a-z, 0-9, '.', '_' or '-', found 'a'")]
    [InlineData("wang li", "王", AccountRole.Office, null, "field login: expected 2 to 64 characters of a-z, 0-9, '.', '_' or '-', found 'wang li'")]
    [InlineData("王科员", "王", AccountRole.Office, null, "field login: expected 2 to 64 characters of a-z, 0-9, '.', '_' or '-', found '王科员'")]
    [InlineData("wang", " ", AccountRole.Office, null, "field name: expected the person's name")]
    [InlineData("wang", "王", AccountRole.UnitReporter, null, "field unit: expected the unit a unit reporter reports for")]
    [InlineData("wang", "王", AccountRole.UnitReporter, "不存在局", "field unit: unknown unit '不存在局': no unit in the ledger has this name or alias (import units first)")]
    [InlineData("wang", "王", AccountRole.Leader, "人社局", "field unit: only a unit reporter belongs to a unit; leave it out for the role leader")]
    public async Task CreateAccount_BadField_ErrorNamingItAndNothingStored(
        string login, string name, AccountRole role, string? unit, string expected)
    {
        await ImportUnitsAsync();
        var before = await CountAsync("audit_entries");

        var created = await Ledger.CreateAccountAsync(new NewAccount(login, name, role, unit, AccessFixtures.Password), Ct);

        Assert.Equal(expected, created.Error?.ToWords().En);
        Assert.Equal(0, await CountAsync("accounts"));
        Assert.Equal(before, await CountAsync("audit_entries"));
    }

    [Fact]
    public async Task CreateAccount_LongestLoginAccepted_OneMoreRefused()
    {
        var longest = await Ledger.CreateAccountAsync(new NewAccount(new string('a', 64), "甲", AccountRole.Leader, null, AccessFixtures.Password), Ct);
        var tooLong = await Ledger.CreateAccountAsync(new NewAccount(new string('b', 65), "乙", AccountRole.Leader, null, AccessFixtures.Password), Ct);

        Assert.True(longest.Succeeded);
        Assert.Equal("login", tooLong.Error?.Place?.Field);
    }

    [Fact]
    public async Task CreateAccount_PasswordOfNineCharacters_RefusedAndTenAccepted()
    {
        var nine = await Ledger.CreateAccountAsync(new NewAccount("wang", "王", AccountRole.Office, null, "123456789"), Ct);
        var ten = await Ledger.CreateAccountAsync(new NewAccount("wang", "王", AccountRole.Office, null, "1234567890"), Ct);

        Assert.Equal("field password: expected at least 10 characters", nine.Error?.ToWords().En);
        Assert.True(ten.Succeeded);
    }

    [Fact]
    public async Task CreateAccount_SameLoginInOtherCase_RefusedAsDuplicate()
    {
        await Ledger.CreateAccountAsync(new NewAccount("wang", "王", AccountRole.Office, null, AccessFixtures.Password), Ct);

        var again = await Ledger.CreateAccountAsync(new NewAccount("WANG", "王二", AccountRole.Leader, null, AccessFixtures.Password), Ct);

        Assert.Equal("field login: an account 'wang' already exists", again.Error?.ToWords().En);
        Assert.Equal(["王"], (await Ledger.ListAccountsAsync(Ct)).Select(a => a.DisplayName));
    }

    [Fact]
    public async Task ListAccounts_ByLogin()
    {
        await Ledger.CreateAccountAsync(new NewAccount("zhang", "张", AccountRole.Leader, null, AccessFixtures.Password), Ct);
        await Ledger.CreateAccountAsync(new NewAccount("admin", "管理员", AccountRole.Administrator, null, AccessFixtures.Password), Ct);

        Assert.Equal(["admin", "zhang"], (await Ledger.ListAccountsAsync(Ct)).Select(a => a.Login));
    }

    [Fact]
    public async Task SetPassword_NewOneWorksOldOneNotAndTrailHoldsNeither()
    {
        await Ledger.CreateAccountAsync(new NewAccount("wang", "王", AccountRole.Office, null, AccessFixtures.Password), Ct);

        var tooShort = await Ledger.SetPasswordAsync("wang", "short", Ct);
        var changed = await Ledger.SetPasswordAsync("Wang", "a new password 2022", Ct);
        var unknown = await Ledger.SetPasswordAsync("nobody", "a new password 2022", Ct);

        Assert.Equal("field password: expected at least 10 characters", tooShort.Error?.ToWords().En);
        Assert.True(changed.Succeeded);
        Assert.Equal("field login: no account 'nobody'", unknown.Error?.ToWords().En);
        Assert.Equal(SignInOutcome.Failed, (await Ledger.SignInAsync("wang", AccessFixtures.Password, Ct)).Outcome);
        Assert.Equal(SignInOutcome.Succeeded, (await Ledger.SignInAsync("wang", "a new password 2022", Ct)).Outcome);
        var trail = await Ledger.AuditAsync(100, "account", Ct);
        Assert.Contains(trail, a => a.Action == "account.password");
        var hash = (await Ledger.FindAccountAsync("wang", Ct))!.PasswordHash;
        Assert.All(trail, a => Assert.DoesNotContain("password 2022", (a.Before ?? "") + a.After, StringComparison.Ordinal));
        Assert.All(trail, a => Assert.DoesNotContain(hash, (a.Before ?? "") + a.After, StringComparison.Ordinal));
        Assert.All(trail, a => Assert.DoesNotContain(AccessFixtures.Password, (a.Before ?? "") + a.After, StringComparison.Ordinal));
    }
}

public sealed class SqliteAccountTests : AccountTests<SqliteTestDatabase>;

public sealed class PostgresAccountTests : AccountTests<PostgresTestDatabase>;
