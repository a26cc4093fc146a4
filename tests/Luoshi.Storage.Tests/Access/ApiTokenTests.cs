using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Access;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Access;

public abstract class ApiTokenTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IssuedApiToken> IssueAsync(DateTimeOffset? expires = null)
    {
        Assert.True((await Ledger.ImportUnitsAsync(WriteFile("units.csv", AccessFixtures.UnitsCsv), null, Ct)).Succeeded);
        await Ledger.CreateAccountAsync(new NewAccount("hrss", "人社局填报员", AccountRole.UnitReporter, "人社局", AccessFixtures.Password), Ct);
        var issued = await Ledger.CreateApiTokenAsync("HRSS", "nightly import", expires, Ct);
        Assert.True(issued.Succeeded, issued.Error?.ToString());
        return issued.Value!;
    }

    [Fact]
    public async Task CreateApiToken_SecretIsRandomAndOnlyItsSha256IsStored()
    {
        var issued = await IssueAsync();

        Assert.StartsWith("lsk_", issued.Secret, StringComparison.Ordinal);
        // 32 bytes in unpadded base64url are 43 characters.
        Assert.Equal(4 + 43, issued.Secret.Length);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issued.Secret)));
        var stored = Assert.Single(await Ledger.ListApiTokensAsync("hrss", Ct));
        Assert.Equal((expected, "nightly import", Noon, (DateTimeOffset?)null), (stored.SecretHash, stored.Name, stored.CreatedAt, stored.ExpiresAt));
        Assert.Equal(1, await CountAsync($"api_tokens WHERE secret_hash = '{expected}'"));
        var audit = (await Ledger.AuditAsync(1, "api-token", Ct))[0];
        Assert.Equal("api-token.create", audit.Action);
        Assert.DoesNotContain(issued.Secret, audit.After, StringComparison.Ordinal);
        Assert.DoesNotContain(expected, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindApiToken_GrantCarriesTheAccountAndTheExpiry()
    {
        var issued = await IssueAsync(Noon.AddHours(1));

        var grant = await Ledger.FindApiTokenAsync(issued.Secret, Ct);

        Assert.Equal(("hrss", Noon.AddHours(1)), (grant!.Account.Login, grant.ExpiresAt));
        Assert.Null(await Ledger.FindApiTokenAsync(issued.Secret + "x", Ct));
    }

    [Fact]
    public async Task FindAccountByApiToken_ValidSecret_TheAccountWithItsRoleAndUnit()
    {
        var issued = await IssueAsync();

        var account = await Ledger.FindAccountByApiTokenAsync(issued.Secret, Ct);

        Assert.Equal(("hrss", AccountRole.UnitReporter, "测试市人力资源和社会保障局"), (account?.Login, account?.Role, account?.Unit));
        Assert.Null(await Ledger.FindAccountByApiTokenAsync(issued.Secret + "x", Ct));
        Assert.Null(await Ledger.FindAccountByApiTokenAsync("", Ct));
    }

    [Fact]
    public async Task FindAccountByApiToken_Revoked_NullAndRevokingAgainIsAnError()
    {
        var issued = await IssueAsync();

        var revoked = await Ledger.RevokeApiTokenAsync(issued.Token.Id, Ct);
        var again = await Ledger.RevokeApiTokenAsync(issued.Token.Id, Ct);
        var unknown = await Ledger.RevokeApiTokenAsync(999, Ct);

        Assert.True(revoked.Succeeded);
        Assert.Null(await Ledger.FindAccountByApiTokenAsync(issued.Secret, Ct));
        Assert.Equal(Noon, (await Ledger.ListApiTokensAsync(null, Ct))[0].RevokedAt);
        Assert.Equal($"field id: API token {issued.Token.Id} is already revoked", again.Error?.ToWords().En);
        Assert.Equal("field id: no API token with id 999", unknown.Error?.ToWords().En);
        Assert.Equal("api-token.revoke", (await Ledger.AuditAsync(1, "api-token", Ct))[0].Action);
    }

    [Fact]
    public async Task FindAccountByApiToken_ExpiresAtNoonPlusOneHour_WorksUntilThenNotFrom()
    {
        var issued = await IssueAsync(Noon.AddHours(1));

        Clock.Now = Noon.AddHours(1).AddSeconds(-1);
        var before = await Ledger.FindAccountByApiTokenAsync(issued.Secret, Ct);
        Clock.Now = Noon.AddHours(1);
        var at = await Ledger.FindAccountByApiTokenAsync(issued.Secret, Ct);

        Assert.Equal("hrss", before?.Login);
        Assert.Null(at);
    }

    [Fact]
    public async Task FindAccountByApiToken_AccountDisabled_Null()
    {
        var issued = await IssueAsync();

        await Ledger.SetAccountDisabledAsync("hrss", true, Ct);

        Assert.Null(await Ledger.FindAccountByApiTokenAsync(issued.Secret, Ct));
    }

    [Fact]
    public async Task CreateApiToken_BadInput_ErrorsNamingTheFieldAndNothingStored()
    {
        await IssueAsync();

        var noAccount = await Ledger.CreateApiTokenAsync("nobody", "x", null, Ct);
        var noName = await Ledger.CreateApiTokenAsync("hrss", " ", null, Ct);
        var past = await Ledger.CreateApiTokenAsync("hrss", "old", Noon.AddDays(-1), Ct);

        Assert.Equal("field login: no account 'nobody'", noAccount.Error?.ToWords().En);
        Assert.Equal("field name: expected a name of 1 to 100 characters saying what the token is for", noName.Error?.ToWords().En);
        Assert.Equal("field expires: expected a time after now, found 2022-04-09 12:00 UTC", past.Error?.ToWords().En);
        Assert.Equal(1, await CountAsync("api_tokens"));
    }

    [Fact]
    public async Task ListApiTokens_ByLoginOrAll()
    {
        var first = await IssueAsync();
        await Ledger.CreateAccountAsync(new NewAccount("zhang", "张", AccountRole.Leader, null, AccessFixtures.Password), Ct);
        var second = (await Ledger.CreateApiTokenAsync("zhang", "dashboard", Noon.AddDays(30), Ct)).Value!;

        Assert.Equal([first.Token.Id, second.Token.Id], (await Ledger.ListApiTokensAsync(null, Ct)).Select(t => t.Id));
        Assert.Equal([second.Token.Id], (await Ledger.ListApiTokensAsync("Zhang", Ct)).Select(t => t.Id));
        Assert.Empty(await Ledger.ListApiTokensAsync("nobody", Ct));
    }
}

public sealed class SqliteApiTokenTests : ApiTokenTests<SqliteTestDatabase>;

public sealed class PostgresApiTokenTests : ApiTokenTests<PostgresTestDatabase>;
