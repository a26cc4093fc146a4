using System.Net;
using System.Text.RegularExpressions;
using Luoshi.Domain.Progress;
using Luoshi.Storage;

namespace Luoshi.Web.Tests.Wording;

/// <summary>Chinese pages say everything in Chinese: every page each role reaches from its menus (the office, a unit
/// reporter, a leader, a person not signed in) is read, its visible text stripped of markup, and every Latin word in it
/// must be a name or code that reads the same in both languages (T1.1, PDF, AQI, GB 3838…); an English word is a
/// failure naming the page and the words around it.</summary>
public sealed partial class ChinesePagesTests(WebLedger web) : IClassFixture<WebLedger>
{
    /// <summary>Latin words that are names or codes, not English: file kinds, standards, units of measure, the product's
    /// programme names as written in Chinese documents.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "PDF", "PNG", "JPG", "DOCX", "XLSX", "OFD", "CSV", "Excel", "Word", "WPS", "MB", "GiB", "MiB", "KB", "AQI", "IAQI", "PM", "SO", "NO", "CO",
        "HJ", "GB", "API", "ID", "UTF", "GB18030", "SMTP", "SMS", "Q1", "Q2", "Q3", "Q4", "km", "mg", "m3", "ug", "lsk",
        // The language switch names its language in it; JavaScript is a name.
        "English", "JavaScript",
        // The test ledger's people, by login and name, and the actor that set it up.
        "office", "rsj", "jyj", "leader", "admin", "feed", "test", "setup",
        // The test register's city code (its departments' codes, CS-D01, are codes by their digits).
        "CS",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_page_any_role_reaches_shows_an_English_word_in_Chinese()
    {
        // Something in every list: a report returned once and resubmitted, a reminder.
        var rsj = web.Ledger.ForActor("rsj");
        var office = web.Ledger.ForActor("office");
        var draft = new ReportDraft(web.PlanId, "T1", 8, TestPlan.Rsj, [new TargetValue("T1.1", 600m, null, null, null)], "八月新增就业600人。", "无", "继续推进。", []);
        var report = (await rsj.SaveReportAsync(draft, null, Ct)).Value!;
        report = (await rsj.TransitionAsync(report.Id, ReportAction.Submit, null, report.Version, Ct)).Value!;
        report = (await office.TransitionAsync(report.Id, ReportAction.Return, "请核实", report.Version, Ct)).Value!;
        report = (await rsj.SaveReportAsync(draft with { Values = [new TargetValue("T1.1", 650m, null, null, null)] }, report.Version, Ct)).Value!;
        await rsj.TransitionAsync(report.Id, ReportAction.Submit, null, report.Version, Ct);
        await office.RemindAsync(web.PlanId, "T2", 9, TestPlan.Jyj, "请补报", Ct);

        var found = new List<string>();
        foreach (var login in new[] { "office", "rsj", "leader", "jyj", null })
        {
            using var client = web.Client();
            if (login is not null)
            {
                await SignIn.AsAsync(client, login);
            }

            var seeds = new[]
            {
                "/", "/tasks", "/tasks/T1", "/tasks/T2", "/targets/T1.1", "/targets/T2.1", "/review", "/supervision", "/workspace", "/households",
                "/villages", "/monitoring", "/monitoring/air", "/monitoring/water", "/reminders", "/audit", "/inbox", "/account", "/public",
                $"/reports/{report.Id}", $"/reports/new?task=T1&period=10", "/error/404", "/error/403", "/error/400", "/error/500", "/login", "/search?q=%E4%BA%BA%E7%A4%BE%E5%B1%80", "/search?q=T1",
            };
            var (read, english) = await ScanAsync(client, seeds);
            Assert.True(read >= (login is null ? 4 : 20), $"{login ?? "anonymous"} read only {read} pages");
            foreach (var (path, words) in english)
            {
                found.Add($"{login ?? "anonymous"} {path}: {string.Join(" | ", words)}");
            }
        }

        Assert.True(found.Count == 0, "English on Chinese pages:\n" + string.Join('\n', found));
    }

    private static async Task<(int Read, List<(string Path, List<string> Words)> English)> ScanAsync(HttpClient client, IEnumerable<string> seeds)
    {
        var queue = new Queue<string>(seeds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(string, List<string>)>();
        var read = 0;
        while (queue.Count > 0 && seen.Count < 80)
        {
            var path = queue.Dequeue();
            if (!seen.Add(path))
            {
                continue;
            }

            using var response = await client.GetAsync(path, Ct);
            // Error pages (403, 404…) are pages too.
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync(Ct);
            read++;
            var text = Codes().Replace(Visible(html), " ");
            var words = Latin().Matches(text).Select(m => (m.Value, m.Index)).Where(w => !Names.Contains(w.Value) && !Code().IsMatch(w.Value))
                .Select(w => $"{w.Value} «{text[Math.Max(0, w.Index - 20)..Math.Min(text.Length, w.Index + w.Value.Length + 20)].ReplaceLineEndings(" ")}»")
                .ToList();
            if (words.Count > 0)
            {
                found.Add((path, words));
            }

            foreach (Match link in Link().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !Skip().IsMatch(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        return (read, found);
    }

    /// <summary>The text a reader sees: no scripts, styles or tags, entities decoded; titles and placeholders too.</summary>
    private static string Visible(string html)
    {
        var body = Hidden().Replace(html, " ");
        var attributes = string.Join(' ', ShownAttribute().Matches(body).Select(m => m.Groups[2].Value));
        return WebUtility.HtmlDecode(Tag().Replace(body, " ") + " " + attributes);
    }

    /// <summary>Codes that read the same in both languages: a command (luoshi stations import), a path or file
    /// (docs/villages.md, /openapi/v1.json), a dotted machine name (air.pm25-annual-mean), a file's column names
    /// (code,name,town).</summary>
    [GeneratedRegex(@"luoshi( [a-z-]+)+|[\w./-]*\.(md|json|csv|xlsx|docx)\b|\b[a-z0-9]+(\.[a-z0-9_-]+)+|\b[a-z_]+(,[a-z_]+)+")]
    private static partial Regex Codes();

    [GeneratedRegex(@"<(script|style|datalist)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s(title|placeholder|aria-label)=""([^""]*)""")]
    private static partial Regex ShownAttribute();

    [GeneratedRegex(@"href=""([^""#]+)""")]
    private static partial Regex Link();

    [GeneratedRegex(@"^/(logout|lang|exports|attachments|api|openapi)|[?&](lang|asOf)=|/new\?")]
    private static partial Regex Skip();

    /// <summary>Latin words of two letters or more (digits inside allowed: PM2, T1).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_.-])[A-Za-z][A-Za-z0-9]+")]
    private static partial Regex Latin();

    /// <summary>Codes: letters and digits mixed (T1, Q3, PM10, CS-D01), or a single capital before digits.</summary>
    [GeneratedRegex(@"^([A-Z]+[0-9][A-Za-z0-9]*|[a-z]?[0-9]+[a-z]*)$")]
    private static partial Regex Code();
}
