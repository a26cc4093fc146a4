using Luoshi.InputLimits.Tests;
using static Microsoft.Playwright.Assertions;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>A unit reporter picks a 2 MB workbook that unpacks to 2 GiB on its workspace in a real browser: the page
/// answers with the reason, in Chinese, and the workspace still works.</summary>
public sealed class UploadBrowserTests(WebLedger web, Chromium chromium) : IClassFixture<WebLedger>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("luoshi-upload-browser-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Unit_reporter_uploads_a_zip_bomb_and_is_told_why_it_was_refused()
    {
        var bomb = Path.Combine(_directory, "填报表.xlsx");
        HostilePackages.BombWorkbook(bomb, 2L * 1024 * 1024 * 1024);
        var page = await chromium.OpenAsync(web);
        await Person.SignInAsync(page, "rsj");

        await page.Locator("input[name='template']").SetInputFilesAsync(bomb);
        await Person.ClickAndWaitAsync(page.Locator("form[enctype='multipart/form-data'] button[type='submit']"));

        await Expect(page.Locator("main")).ToContainTextAsync("填报表.xlsx：压缩包解压后至少 2 GiB，上限 64 MiB（疑似压缩炸弹），未读取");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }
}
