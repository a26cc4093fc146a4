using Luoshi.Domain.Access;
using Luoshi.Storage.Tests.Databases;

namespace Luoshi.Storage.Tests.Access;

public abstract class SecretsInTrailTests<TDatabase> : LedgerTestBase<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditTrail_AfterEveryAccountAndTokenOperation_HoldsNoPasswordHashOrSecret()
    {
        const string First = "first password 11";
        const string Second = "second password 22";
        await Ledger.CreateAccountAsync(new NewAccount("wang", "王科员", AccountRole.Office, null, First), Ct);
        var firstHash = (await Ledger.FindAccountAsync("wang", Ct))!.PasswordHash;
        await Ledger.SignInAsync("wang", First, Ct);
        await Ledger.SignInAsync("wang", Second, Ct);
        await Ledger.SignInAsync("nobody", Second, Ct);
        await Ledger.SetPasswordAsync("wang", Second, Ct);
        var secondHash = (await Ledger.FindAccountAsync("wang", Ct))!.PasswordHash;
        var issued = (await Ledger.CreateApiTokenAsync("wang", "script", null, Ct)).Value!;
        await Ledger.RevokeApiTokenAsync(issued.Token.Id, Ct);
        await Ledger.SetAccountDisabledAsync("wang", true, Ct);

        var trail = await Ledger.AuditAsync(100, null, Ct);

        Assert.Equal(8, trail.Count);
        var text = string.Join("\n", trail.Select(a => $"{a.Action} {a.EntityKey} {a.Before} {a.After}"));
        foreach (var secret in new[] { First, Second, firstHash, secondHash, issued.Secret, issued.Token.SecretHash })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("PasswordHash", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SecretHash", text, StringComparison.Ordinal);
    }
}

public sealed class SqliteSecretsInTrailTests : SecretsInTrailTests<SqliteTestDatabase>;

public sealed class PostgresSecretsInTrailTests : SecretsInTrailTests<PostgresTestDatabase>;
