using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Web.Tests;

/// <summary>What the HTTP tests share: API tokens issued through the ledger, clients that send them, reports written
/// straight into the ledger as a unit's account, and the JSON bodies the API takes.</summary>
public static class Calls
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new API token of <paramref name="login"/>, as its secret.</summary>
    public static async Task<string> TokenAsync(this WebLedger web, string login, DateTimeOffset? expiresAt = null)
    {
        var issued = await web.Ledger.CreateApiTokenAsync(login, "test " + Guid.NewGuid().ToString("N")[..8], expiresAt, Ct);
        Assert.True(issued.Succeeded, issued.Error?.ToString());
        return issued.Value!.Secret;
    }

    /// <summary>A client sending <c>Authorization: Bearer secret</c> on every request.</summary>
    public static HttpClient TokenClient(this WebLedger web, string secret)
    {
        var client = web.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A client signed in through the form as <paramref name="login"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(this WebLedger web, string login)
    {
        var client = web.Client();
        var response = await SignIn.AsAsync(client, login);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A draft of <paramref name="login"/>'s unit saved in the ledger as that account.</summary>
    public static async Task<ProgressReport> DraftAsync(this WebLedger web, string login, string unit, string task, int period, string progress, IReadOnlyList<TargetValue> values)
    {
        var saved = await web.Ledger.ForActor(login).SaveReportAsync(new ReportDraft(web.PlanId, task, period, unit, values, progress, "问题", "措施", []), null, Ct);
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        return saved.Value!;
    }

    /// <summary>The report body of the API, as JSON.</summary>
    public static JsonContent ReportBody(string task, int period, string progress, IReadOnlyList<TargetValue> values, int? version = null) =>
        JsonContent.Create(new { taskCode = task, period, values, progress, problems = "问题", nextSteps = "措施", evidence = Array.Empty<string>(), version }, options: Json);

    /// <summary>The JSON document of an answer.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.Clone();
    }
}
