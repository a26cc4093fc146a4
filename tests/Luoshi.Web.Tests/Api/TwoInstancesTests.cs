using System.Net;
using System.Net.Http.Headers;
using Luoshi.Domain.Access;
using Luoshi.Storage;
using Luoshi.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Luoshi.Web.Tests.Api;

/// <summary>Two servers on one PostgreSQL database, as a deployment behind a load balancer runs them (issue 15): the
/// same unit creating the same report through both at once, then saving it on the same version through both. Exactly
/// one creation and one save win; every other answer is a 409 problem document naming the conflict — no 500, no empty
/// body — and the database holds one report at the winner's version.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const int Racers = 16;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly List<WebApplication> _apps = [];
    private readonly List<Ledger> _ledgers = [];
    private string _server = "";
    private string _database = "";
    private string _secret = "";
    private int _planId;

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("LUOSHI_TEST_POSTGRES") ?? "";
        Assert.False(string.IsNullOrWhiteSpace(_server), "LUOSHI_TEST_POSTGRES is not set: run ./test, which starts the PostgreSQL server");
        _database = $"luoshi_two_{Guid.NewGuid():N}"[..40];
        await using (var admin = new NpgsqlConnection(_server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var options = new StoreOptions(StoreProvider.Postgres, new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString);
        var setup = await Ledger.OpenAsync(options, "test setup");
        _ledgers.Add(setup);
        _planId = (await setup.ImportPlanAsync(TestPlan.Create(), replace: false)).PlanId;
        var units = Path.Combine(Path.GetTempPath(), $"luoshi-two-units-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(units, TestPlan.Units);
        Assert.True((await setup.ImportUnitsAsync(units)).Succeeded);
        File.Delete(units);
        Assert.True((await setup.CreateAccountAsync(new NewAccount("rsj", "rsj 测试", AccountRole.UnitReporter, TestPlan.Rsj, WebLedger.Password))).Succeeded);
        _secret = (await setup.CreateApiTokenAsync("rsj", "race", null)).Value!.Secret;
        for (var i = 0; i < 2; i++)
        {
            // Each server opens the ledger itself, as a second process would.
            var ledger = await Ledger.OpenAsync(options, "web");
            _ledgers.Add(ledger);
            var app = LuoshiWebApp.Build(ledger, new WebSettings(WebLedger.AsOf), [], b => b.WebHost.UseUrls("http://127.0.0.1:0"));
            await app.StartAsync();
            _apps.Add(app);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        foreach (var ledger in _ledgers)
        {
            await ledger.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private HttpClient Client(int instance)
    {
        var client = new HttpClient { BaseAddress = new Uri(_apps[instance].Urls.First()) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _secret);
        return client;
    }

    [Fact]
    public async Task Racing_creations_and_saves_through_two_servers_have_one_winner_and_409_problem_documents()
    {
        using var first = Client(0);
        using var second = Client(1);

        var created = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i =>
            (i % 2 == 0 ? first : second).PostAsync($"/api/plans/{_planId}/reports",
                Calls.ReportBody("T1", 3, $"三月进展 {i}", [new("T1.1", 500m + i, null, null, null)]), Ct)));
        var creation = await Answers(created);

        Assert.Equal(1, creation.Count(a => a.Status == HttpStatusCode.Created));
        Assert.All(creation.Where(a => a.Status != HttpStatusCode.Created), a => Assert.Equal((HttpStatusCode.Conflict, "application/problem+json", 409), (a.Status, a.Type, a.Problem)));
        var reportId = await _ledgers[0].ListReportsAsync(_planId, ct: Ct) is [var only] ? only.Id : throw new InvalidOperationException("not one report");

        var saved = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i =>
            (i % 2 == 0 ? first : second).PutAsync($"/api/reports/{reportId}",
                Calls.ReportBody("T1", 3, $"改过 {i}", [new("T1.1", 600m + i, null, null, null)], version: 1), Ct)));
        var saving = await Answers(saved);

        Assert.Equal(1, saving.Count(a => a.Status == HttpStatusCode.OK));
        Assert.All(saving.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal((HttpStatusCode.Conflict, "application/problem+json", 409), (a.Status, a.Type, a.Problem)));
        var stored = await _ledgers[0].FindReportAsync(reportId, Ct);
        Assert.Equal(2, stored!.Version);
        Assert.StartsWith("改过 ", stored.Progress, StringComparison.Ordinal);
        Assert.Single(await _ledgers[0].ListReportsAsync(_planId, ct: Ct));
    }

    private static async Task<List<(HttpStatusCode Status, string? Type, int Problem)>> Answers(HttpResponseMessage[] responses)
    {
        var answers = new List<(HttpStatusCode, string?, int)>();
        foreach (var response in responses)
        {
            var type = response.Content.Headers.ContentType?.MediaType;
            var problem = type == "application/problem+json" ? (await response.JsonAsync()).GetProperty("status").GetInt32() : 0;
            answers.Add((response.StatusCode, type, problem));
            response.Dispose();
        }

        return answers;
    }
}
