using Microsoft.Playwright;

namespace Luoshi.Web.Tests.EndToEnd;

/// <summary>What a person does in the browser, by the words on the screen: sign in with the form, follow links, press
/// buttons. Every step waits for the page it leads to, so that the next assertion reads the new page.</summary>
public static class Person
{
    public static async Task SignInAsync(IPage page, string login, string password = WebLedger.Password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.GetByLabel("账号").FillAsync(login);
        await page.GetByLabel("密码").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    public static async Task SignOutAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await Assertions.Expect(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeVisibleAsync();
    }

    /// <summary>Clicks and waits for the page the click loads.</summary>
    /// <remarks>Playwright marks waiting for a navigation obsolete in favour of waiting for a URL, but several of these
    /// clicks come back to the URL they left (a form posted to its own page, the language switch): only the navigation
    /// says the new page is there. The waiter is set up before the click, so it cannot miss it.</remarks>
    public static async Task ClickAndWaitAsync(ILocator target)
    {
        ArgumentNullException.ThrowIfNull(target);
#pragma warning disable CS0612
        await target.Page.RunAndWaitForNavigationAsync(() => target.ClickAsync());
#pragma warning restore CS0612
    }
}
