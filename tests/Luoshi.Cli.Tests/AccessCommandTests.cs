using Luoshi.Domain.Access;
using Luoshi.Storage;
using Microsoft.Data.Sqlite;

namespace Luoshi.Cli.Tests;

/// <summary>Accounts and API tokens from the command line, checked against the ledger file the commands wrote.</summary>
public sealed class AccessCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-cli-").FullName;

    private string Db => Path.Combine(_directory, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        CliRun.English([.. args, "--db", Db, "--as", "管理员"]);

    private async Task<T> WithLedgerAsync<T>(Func<Ledger, Task<T>> read)
    {
        await using var ledger = await Ledger.OpenAsync(StoreOptions.SqliteFile(Db), "测试", null, TestContext.Current.CancellationToken);
        return await read(ledger);
    }

    private static string ValueAfter(string output, string label) =>
        output.Split('\n').Single(l => l.StartsWith(label, StringComparison.Ordinal))[label.Length..].Trim();

    [Fact]
    public async Task AccountsAdd_WithoutPassword_PrintsAGeneratedOneThatSignsIn()
    {
        Assert.Equal(0, Run("units", "import", CliRun.Units).ExitCode);

        var added = Run("accounts", "add", "HR.Li", "--name", "李填报", "--role", "unit", "--unit", "人社局");

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Contains("account hr.li created (unit, 四会市人力资源和社会保障局)", added.Output, StringComparison.Ordinal);
        var password = ValueAfter(added.Output, "password:");
        Assert.Equal(20, password.Length);
        var signIn = await WithLedgerAsync(l => l.SignInAsync("hr.li", password, TestContext.Current.CancellationToken));
        Assert.Equal((SignInOutcome.Succeeded, AccountRole.UnitReporter), (signIn.Outcome, signIn.Account!.Role));
        var listed = Run("accounts", "list");
        Assert.Contains("hr.li", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(signIn.Account.PasswordHash, listed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("luoshi accounts add: role: expected admin, office, unit, leader or feed, found 'boss'", "wang", "--role", "boss")]
    [InlineData("luoshi accounts add: field login: expected 2 to 64 characters of a-z, 0-9, '.', '_' or '-', found 'w'", "w", "--role", "office")]
    [InlineData("luoshi accounts add: field unit: expected the unit a unit reporter reports for", "wang", "--role", "unit")]
    [InlineData("luoshi accounts add: field password: expected at least 10 characters", "wang", "--role", "office", "--password", "short")]
    public async Task AccountsAdd_BadField_OneLineNamingItExitTwoAndNoAccount(string expected, params string[] args)
    {
        var result = Run(["accounts", "add", .. args, "--name", "王科员"]);

        Assert.Equal((2, "", expected + "\n"), (result.ExitCode, result.Output, result.Error));
        Assert.Empty(await WithLedgerAsync(l => l.ListAccountsAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Tokens_CreateListRevoke_SecretPrintedOnceAndStopsWorkingWhenRevoked()
    {
        Assert.Equal(0, Run("accounts", "add", "wang", "--name", "王科员", "--role", "office", "--password", "a long password").ExitCode);

        var created = Run("tokens", "create", "wang", "--name", "nightly import", "--expires", "2099-01-01");
        var secret = ValueAfter(created.Output, "secret:");
        var listed = Run("tokens", "list", "wang");
        var found = await WithLedgerAsync(l => l.FindAccountByApiTokenAsync(secret, TestContext.Current.CancellationToken));
        var revoked = Run("tokens", "revoke", "1");
        var again = Run("tokens", "revoke", "1");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("lsk_", secret, StringComparison.Ordinal);
        Assert.Contains("nightly import", listed.Output, StringComparison.Ordinal);
        Assert.Contains("2099-01-01", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Output, StringComparison.Ordinal);
        Assert.Equal("wang", found?.Login);
        Assert.Equal((0, "token #1 revoked\n"), (revoked.ExitCode, revoked.Output));
        Assert.Equal((4, "luoshi tokens revoke: field id: API token 1 is already revoked\n"), (again.ExitCode, again.Error));
        Assert.Null(await WithLedgerAsync(l => l.FindAccountByApiTokenAsync(secret, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task TokensCreate_BadDate_OneLineExitTwoAndNoToken()
    {
        Assert.Equal(0, Run("accounts", "add", "wang", "--name", "王科员", "--role", "office", "--password", "a long password").ExitCode);

        var result = Run("tokens", "create", "wang", "--name", "x", "--expires", "01/01/2030");

        Assert.Equal((2, "luoshi tokens create: expires: expected a date as YYYY-MM-DD, found '01/01/2030'\n"), (result.ExitCode, result.Error));
        Assert.Empty(await WithLedgerAsync(l => l.ListApiTokensAsync(null, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AccountsDisable_ThenPasswordAndEnable_SignInFollows()
    {
        Assert.Equal(0, Run("accounts", "add", "wang", "--name", "王科员", "--role", "office", "--password", "a long password").ExitCode);

        Assert.Equal((0, "account wang disabled\n"), (Run("accounts", "disable", "WANG").ExitCode, Run("accounts", "disable", "wang").Output));
        var disabled = await WithLedgerAsync(l => l.SignInAsync("wang", "a long password", TestContext.Current.CancellationToken));
        Assert.Equal(0, Run("accounts", "password", "wang", "--password", "another long one").ExitCode);
        Assert.Equal(0, Run("accounts", "enable", "wang").ExitCode);
        var enabled = await WithLedgerAsync(l => l.SignInAsync("wang", "another long one", TestContext.Current.CancellationToken));
        var unknown = Run("accounts", "enable", "li");

        Assert.Equal(SignInOutcome.Disabled, disabled.Outcome);
        Assert.Equal(SignInOutcome.Succeeded, enabled.Outcome);
        Assert.Equal((3, "luoshi accounts enable: field login: no account 'li'\n"), (unknown.ExitCode, unknown.Error));
    }
}
