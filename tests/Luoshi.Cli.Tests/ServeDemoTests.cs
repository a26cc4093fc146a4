using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Luoshi.Cli.Tests;

/// <summary><c>luoshi serve --demo</c> as someone trying it would: started in its own directory, signed in as the
/// office with the password it printed, the monitoring, village and household pages show the seeded data.</summary>
public sealed partial class ServeDemoTests(ServeDemoTests.Server server) : IClassFixture<ServeDemoTests.Server>
{
    [Theory]
    [InlineData("/monitoring/air?scope=城区&year=2022", "空气质量日历 · 城区 · 2022年", "优良天数比例")]
    [InlineData("/monitoring/water?scope=省考及以上&year=2022", "断面水质 · 省考及以上 · 2022年", "绥江五马岗（演示）")]
    [InlineData("/monitoring", "由监测数据计算的目标", "air.good-day-share:城区")]
    [InlineData("/villages", "美丽宜居村及以上", "收入标准线 10 万元")]
    [InlineData("/households", "防返贫动态监测预警", "1 低于标准未识别帮扶")]
    public async Task Page_SignedInAsTheOffice_ShowsTheDemoData(string path, string heading, string data)
    {
        var client = await server.OfficeAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken));
        var text = Spaces().Replace(Tags().Replace(html, " "), " ");

        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains(data, text, StringComparison.Ordinal);
        Assert.Contains("演示数据", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>One demo server for the class, on a free port, in a directory of its own.</summary>
    public sealed partial class Server : IAsyncLifetime
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-serve-demo-").FullName;
        private Process? _process;
        private Uri? _url;

        public async ValueTask InitializeAsync()
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "luoshi.dll"), "serve", "--demo", "--urls", "http://127.0.0.1:0" })
            {
                start.ArgumentList.Add(arg);
            }

            _process = Process.Start(start)!;
            _ = _process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (Serving().Match(line) is { Success: true } m)
                {
                    _url = new Uri(m.Groups[1].Value);
                }

                if (line.Contains("accounts in all", StringComparison.Ordinal))
                {
                    _ = _process.StandardOutput.ReadToEndAsync();
                    return;
                }
            }

            throw new InvalidOperationException("luoshi serve --demo ended before serving");
        }

        /// <summary>A client signed in through the login form as the office, with the password the demo wrote down.</summary>
        public async Task<HttpClient> OfficeAsync()
        {
            var password = File.ReadLines(Path.Combine(_directory, "luoshi-demo-accounts.txt")).Select(l => l.Split('\t')).Single(f => f[0] == "office")[1];
            var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _url };
            var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
            var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = "office", ["password"] = password, ["__af"] = token });
            var signedIn = await client.PostAsync(new Uri("/login", UriKind.Relative), content);
            Assert.True(signedIn.IsSuccessStatusCode || signedIn.StatusCode == HttpStatusCode.Redirect, signedIn.StatusCode.ToString());
            return client;
        }

        public ValueTask DisposeAsync()
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process?.Dispose();
            Directory.Delete(_directory, recursive: true);
            return ValueTask.CompletedTask;
        }

        [GeneratedRegex(@"serving on (http://\S+)")]
        private static partial Regex Serving();

        [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex Token();
    }
}
