using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Luoshi.Documents.Tests.Excel;
using Luoshi.Documents.Word;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Wording;

namespace Luoshi.Cli.Tests.Consistency;

/// <summary>Reads what each output of the product says of every target of a plan on a day, each the way its users
/// read it: the command line's JSON, the 台账 workbook's cells, the API's documents, the quarterly notice.</summary>
internal static class Outputs
{
    private static readonly Dictionary<string, string> StatusByWords =
        Enum.GetValues<TargetStatus>().ToDictionary(s => Catalogue.Status.Name(s).Zh, TargetStatusKey.Of);

    /// <summary><c>luoshi status --format json</c>.</summary>
    public static Dictionary<string, Figure> Cli(string db, string region, DateOnly day)
    {
        var run = CliRun.Luoshi("status", "--db", db, "--region", region, "--year", "2022", "--as-of", Day(day), "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.GetProperty("targets").EnumerateArray().ToDictionary(
            t => t.GetProperty("target").GetString()!,
            t => new Figure(t.GetProperty("status").GetString()!, Number(t, "actual"), Number(t, "expected")));
    }

    /// <summary><c>luoshi export ledger</c>: each target row's 当前状态, and each past-due period's status column.</summary>
    public static (Dictionary<string, Figure> Now, Dictionary<string, string?[]> Periods) Workbook(string db, string region, DateOnly day, string directory)
    {
        var path = Path.Combine(directory, $"{region}-{Day(day)}.xlsx");
        var run = CliRun.Luoshi("export", "ledger", "--db", db, "--region", region, "--year", "2022", "--as-of", Day(day), "-o", path);
        Assert.True(run.ExitCode == 0, run.Error);
        using var stream = File.OpenRead(path);
        using var book = new OpenedWorkbook(stream);
        var headers = Row(book, 3);
        var now = Array.IndexOf(headers, "当前状态");
        // The periods' target statuses: every column ending in 状态 but the target's current one and the task's (任务状态).
        var task = Array.IndexOf(headers, "任务状态");
        var periodStatus = headers.Select((h, i) => (h, i)).Where(x => x.h.EndsWith("状态", StringComparison.Ordinal) && x.i != now && x.i != task).Select(x => x.i).ToArray();
        var figures = new Dictionary<string, Figure>();
        var periods = new Dictionary<string, string?[]>();
        for (var r = 4; Row(book, r) is { } cells && cells.Any(c => c.Length > 0); r++)
        {
            if (cells[3].Length == 0)
            {
                continue; // a task without targets
            }

            figures[cells[3]] = new Figure(StatusByWords[cells[now]]);
            periods[cells[3]] = [.. periodStatus.Select(i => cells[i].Length == 0 ? null : StatusByWords[cells[i]])];
        }

        return (figures, periods);
    }

    /// <summary>GET /api/plans/{id}/targets/{code} for every code: the figures and each period's status.</summary>
    public static async Task<(Dictionary<string, Figure> Now, Dictionary<string, string?[]> Periods)> TargetsAsync(
        HttpClient api, int planId, IEnumerable<string> codes, DateOnly day)
    {
        var figures = new Dictionary<string, Figure>();
        var periods = new Dictionary<string, string?[]>();
        foreach (var code in codes)
        {
            var t = await GetAsync(api, $"/api/plans/{planId}/targets/{code}?asOf={Day(day)}");
            figures[code] = new Figure(t.GetProperty("status").GetString()!, Number(t, "actual"), Number(t, "expected"));
            periods[code] = [.. t.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("status").ValueKind == JsonValueKind.Null ? null : p.GetProperty("status").GetString())];
        }

        return (figures, periods);
    }

    /// <summary>GET /api/plans/{id}/tasks: every target of the task breakdown.</summary>
    public static async Task<Dictionary<string, Figure>> TasksAsync(HttpClient api, int planId, DateOnly day) =>
        (await GetAsync(api, $"/api/plans/{planId}/tasks?asOf={Day(day)}")).EnumerateArray()
            .SelectMany(task => task.GetProperty("targets").EnumerateArray())
            .ToDictionary(t => t.GetProperty("code").GetString()!, t => new Figure(t.GetProperty("status").GetString()!, Number(t, "actual"), Number(t, "expected")));

    /// <summary>GET /api/public/plans/{id}/targets: the published targets.</summary>
    public static async Task<Dictionary<string, Figure>> PublicAsync(HttpClient api, int planId, DateOnly day) =>
        (await GetAsync(api, $"/api/public/plans/{planId}/targets?asOf={Day(day)}")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("code").GetString()!, t => new Figure(t.GetProperty("status").GetString()!, Number(t, "actual")));

    /// <summary>GET /api/plans/{id}/overview: the counts by status.</summary>
    public static async Task<Dictionary<string, int>> OverviewCountsAsync(HttpClient api, int planId, DateOnly day)
    {
        var totals = (await GetAsync(api, $"/api/plans/{planId}/overview?asOf={Day(day)}")).GetProperty("totals");
        return Enum.GetValues<TargetStatus>().ToDictionary(TargetStatusKey.Of, s => totals.GetProperty(JsonNamingPolicy.CamelCase.ConvertName(s.ToString())).GetInt32());
    }

    /// <summary>The quarterly notice's counts by status, its behind list and its red targets' charts.</summary>
    public static (Dictionary<string, int> Counts, HashSet<string> Behind, HashSet<string> Red) Notice(QuarterlyNotice notice) => (
        Enum.GetValues<TargetStatus>().ToDictionary(TargetStatusKey.Of, notice.Totals.Of),
        [.. notice.Behind.SelectMany(t => t.Targets).Select(t => t.Target.Code)],
        [.. notice.RedTargets.Select(h => h.Code)]);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> GetAsync(HttpClient api, string path)
    {
        using var response = await api.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? Figure.Number(v.GetDecimal()) : null;

    private static string[] Row(OpenedWorkbook book, int row)
    {
        var cells = book.Sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().FirstOrDefault(r => r.RowIndex?.Value == (uint)row);
        if (cells is null)
        {
            return [];
        }

        var last = cells.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => Column(c.CellReference!.Value!)).DefaultIfEmpty(0).Max();
        return [.. Enumerable.Range(1, last).Select(c => book.Text(Reference(c, row)))];
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1));

    private static string Reference(int column, int row)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A client of the API acting with <paramref name="token"/>.</summary>
    public static HttpClient Api(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
