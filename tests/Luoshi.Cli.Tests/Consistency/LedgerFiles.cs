using Luoshi.Domain.Access;
using Luoshi.Storage;
using Luoshi.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Luoshi.Cli.Tests.Consistency;

/// <summary>The two ledgers the consistency tests read, built once: the demo ledger (<c>luoshi demo</c>) and the
/// generated one (<see cref="GeneratedLedger"/>), each also served by the web application for the API's outputs.</summary>
public sealed class LedgerFiles : IAsyncLifetime
{
    private readonly List<(Ledger Ledger, WebApplication App)> _served = [];

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("luoshi-one-truth-").FullName;

    public string Demo => Path.Combine(Directory, "demo.db");

    public string Generated => Path.Combine(Directory, "generated.db");

    /// <summary>Per database file: the ledger opened in this process and an API client acting as the office.</summary>
    public Dictionary<string, (Ledger Ledger, HttpClient Api)> Open { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var demo = CliRun.Luoshi("demo", "--db", Demo);
        Assert.True(demo.ExitCode == 0, demo.Error);
        GeneratedLedger.Build(Generated, Directory);
        foreach (var db in new[] { Demo, Generated })
        {
            var ledger = await Ledger.OpenAsync(StoreOptions.SqliteFile(db), "一致性测试");
            var login = "office-" + Path.GetFileNameWithoutExtension(db);
            Assert.True((await ledger.CreateAccountAsync(new NewAccount(login, "督查室", AccountRole.Office, null, "correct-horse-42"))).Succeeded);
            var token = await ledger.CreateApiTokenAsync(login, "consistency", null);
            var app = LuoshiWebApp.Build(ledger, new WebSettings(), [], b => b.WebHost.UseUrls("http://127.0.0.1:0"));
            await app.StartAsync();
            _served.Add((ledger, app));
            Open[db] = (ledger, Outputs.Api(new Uri(app.Urls.First()), token.Value!.Secret));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (ledger, app) in _served)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            await ledger.DisposeAsync();
        }

        foreach (var (_, api) in Open.Values)
        {
            api.Dispose();
        }

        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
