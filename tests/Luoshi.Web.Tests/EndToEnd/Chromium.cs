using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Luoshi.Web.Tests.EndToEnd.Chromium))]

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>One headless Debian chromium for every end-to-end test, driven by Playwright (whose driver, with its own
/// node, ships in the test output under .playwright). The browser is the one tools/test-browser.sh installs and names in
/// LUOSHI_TEST_CHROMIUM; Playwright's browser download is never used. Without a browser the tests fail, never skip.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private const string Variable = "LUOSHI_TEST_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set ? set : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"the end-to-end web tests need chromium at {path} ({Variable}); run them through ./test, which installs Debian's " +
                "chromium and fonts-noto-cjk (tools/test-browser.sh), or set " + Variable);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile (its own cookies) at the web ledger, desktop-sized unless told otherwise.</summary>
    public async Task<IPage> OpenAsync(WebLedger web, int width = 1280, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(web);
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = web.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
