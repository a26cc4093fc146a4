using Luoshi.Domain.Access;
using Luoshi.Storage;
using Luoshi.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Luoshi.Web.Tests;

/// <summary>The web application on a real Kestrel port over a real SQLite ledger file holding <see cref="TestPlan"/>,
/// its units and one account per role, evaluated as of 2022-10-10. Each test class gets its own (a fresh database).</summary>
public class WebLedger : IAsyncLifetime
{
    public const string Password = "correct-horse-42";
    public static readonly DateOnly AsOf = new(2022, 10, 10);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "luoshi-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Ledger Ledger { get; private set; } = null!;

    public int PlanId { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Sign-in attempts per minute per address; tests of the throttle lower it.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 1000;

    /// <summary>Failed sign-ins per minute per address; tests of the throttle lower it.</summary>
    public int SignInFailuresPerMinute { get; init; } = 1000;

    /// <summary>The ledger's fixed today (2022-10-10 unless a fixture of another season says otherwise).</summary>
    protected virtual DateOnly Today => AsOf;

    public virtual async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        Ledger = await Ledger.OpenAsync(StoreOptions.SqliteFile(Path.Combine(_directory, "ledger.db")), "test setup");
        var imported = await Ledger.ImportPlanAsync(TestPlan.Create(), replace: false);
        PlanId = imported.PlanId;
        var units = Path.Combine(_directory, "units.csv");
        await File.WriteAllTextAsync(units, TestPlan.Units);
        Check((await Ledger.ImportUnitsAsync(units)).Succeeded, "units");
        foreach (var (login, role, unit) in new (string, AccountRole, string?)[]
        {
            ("admin", AccountRole.Administrator, null), ("office", AccountRole.Office, null), ("leader", AccountRole.Leader, null),
            ("rsj", AccountRole.UnitReporter, TestPlan.Rsj), ("jyj", AccountRole.UnitReporter, TestPlan.Jyj),
        })
        {
            var created = await Ledger.CreateAccountAsync(new NewAccount(login, login + " 测试", role, unit, Password));
            Check(created.Succeeded, $"account {login}: {created.Error}");
        }

        _app = LuoshiWebApp.Build(Ledger, new WebSettings(Today) { SignInAttemptsPerMinute = SignInAttemptsPerMinute, SignInFailuresPerMinute = SignInFailuresPerMinute }, [],
            b => b.WebHost.UseUrls("http://127.0.0.1:0"));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    /// <summary>A client with its own cookies that does not follow redirects, so tests see each answer.</summary>
    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Ledger.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException("test ledger setup failed: " + what);
        }
    }
}
