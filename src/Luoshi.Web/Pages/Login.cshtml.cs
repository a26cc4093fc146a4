using Luoshi.Domain.Time;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages;

/// <summary>Sign-in by login and password: throttled per address, locked per login and address after repeated failures,
/// and the same messages for an unknown login and a real one, locked or not.</summary>
public sealed class LoginModel(Ledger ledger, SignInThrottle throttle) : PageModel
{
    /// <summary>The login typed, shown again after a failure.</summary>
    public string? Login { get; private set; }

    /// <summary>Where to go after signing in (a local path only).</summary>
    public string ReturnUrl { get; private set; } = "/";

    /// <summary>Why the last attempt failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet(string? returnUrl) => ReturnUrl = Local(returnUrl);

    /// <summary>Checks the password and signs in.</summary>
    public async Task<IActionResult> OnPostAsync(string? login, string? password, string? returnUrl)
    {
        Login = login;
        ReturnUrl = Local(returnUrl);
        var address = HttpContext.Connection.RemoteIpAddress;
        if (!throttle.TryAttempt(address))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = T("登录尝试过于频繁，请一分钟后再试。", "Too many sign-in attempts; try again in a minute.");
            return Page();
        }

        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password))
        {
            Error = T("请输入账号和密码。", "Enter your login and password.");
            return Page();
        }

        var result = await ledger.SignInAsync(login.Trim(), password, address?.ToString(), HttpContext.RequestAborted);
        if (result.Outcome is SignInOutcome.Failed or SignInOutcome.LockedOut)
        {
            throttle.Failed(address);
        }

        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                await HttpContext.SignInAsync(
                    CookieAuthenticationDefaults.AuthenticationScheme,
                    LuoshiClaims.For(result.Account!, CookieAuthenticationDefaults.AuthenticationScheme),
                    new AuthenticationProperties { IsPersistent = false });
                // A unit reporter's start page is its workspace; the overview is for those who read the whole ledger.
                return LocalRedirect(ReturnUrl == "/" && result.Account!.Role == Domain.Access.AccountRole.UnitReporter ? "/workspace" : ReturnUrl);
            case SignInOutcome.LockedOut:
                // Worded for this login from this address only: an unknown login gets the same answer after as many failures.
                Error = T($"连续输错次数过多，此账号在本机的登录已暂停至 {(result.LockedUntil is { } zh ? ChinaTime.InChina(zh) : (DateTimeOffset?)null):HH:mm}；督查室或系统管理员可解除。",
                    $"Too many failed attempts: signing in to this account from here is paused until {(result.LockedUntil is { } en ? ChinaTime.InChina(en) : (DateTimeOffset?)null):HH:mm} (UTC+8); the supervision office or the administrator can lift it.");
                return Page();
            case SignInOutcome.Disabled:
                Error = T("该账号已停用，请联系系统管理员。", "This account is disabled; ask the administrator.");
                return Page();
            default:
                Error = T("账号或密码不正确。", "Wrong login or password.");
                return Page();
        }
    }

    private string Local(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/";
}
