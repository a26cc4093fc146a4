using System.Net;
using System.Text.Json;

namespace Luoshi.Web.Tests.Api;

/// <summary>The OpenAPI document describes the API a script can call: its main paths with their operations.</summary>
public sealed class OpenApiTests(WebLedger web) : IClassFixture<WebLedger>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_document_lists_the_main_paths_and_their_operations()
    {
        using var client = web.Client();
        var response = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.JsonAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Luoshi (落实) API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("Bearer", document.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);

        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/plans", "get"), ("/api/plans/{planId}/overview", "get"), ("/api/plans/{planId}/tasks", "get"),
            ("/api/plans/{planId}/reports", "get"), ("/api/plans/{planId}/reports", "post"), ("/api/plans/{planId}/targets/{code}", "get"),
            ("/api/plans/{planId}/tasks/{code}/assignment", "put"), ("/api/reports/{id}", "get"), ("/api/reports/{id}", "put"),
            ("/api/reports/{id}/submit", "post"), ("/api/reports/{id}/approve", "post"), ("/api/reports/{id}/return", "post"),
            ("/api/plans/{planId}/reminders", "post"), ("/api/audit", "get"), ("/api/public/plans/{planId}/targets", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is missing");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.True(operation.GetProperty("responses").EnumerateObject().Any(), $"{method} {path} declares no response");
        }

        var approve = paths.GetProperty("/api/reports/{id}/approve").GetProperty("post");
        Assert.Contains(approve.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "id" && p.GetProperty("in").GetString() == "path");
        Assert.Equal(JsonValueKind.Object, approve.GetProperty("requestBody").ValueKind);
        Assert.False(paths.TryGetProperty("/healthz", out _));

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("token");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        Assert.True(document.GetProperty("security")[0].TryGetProperty("token", out _));
    }
}
