using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Admin;

/// <summary>Sign-in lockouts (登录暂停) for the supervision office and the administrator: which login is paused from which
/// address until when, and an unlock that lifts every lockout of an account (audited as account.unlock). A lockout holds
/// one login at one address, so a stranger's guesses never shut a leader out elsewhere; this page is for the rest.</summary>
[Authorize(Policy = Policies.RunLedger)]
public sealed class LocksModel(Ledger store, UserLedger ledger) : PageModel
{
    /// <summary>The lockouts in force, by login and address.</summary>
    public IReadOnlyList<SignInLock> Locks { get; private set; } = [];

    /// <summary>The logins among them that name an account (the others are guesses and can only wait).</summary>
    public IReadOnlySet<string> Accounts { get; private set; } = new HashSet<string>();

    /// <summary>The outcome of the last unlock.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> reports a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>Lists the lockouts.</summary>
    public async Task OnGetAsync()
    {
        Locks = await store.ListSignInLocksAsync(HttpContext.RequestAborted);
        Accounts = (await store.ListAccountsAsync(HttpContext.RequestAborted)).Select(a => a.Login).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Lifts every lockout of one account.</summary>
    public async Task<IActionResult> OnPostAsync(string? login)
    {
        var result = await ledger.Value.UnlockAccountAsync(login ?? "", HttpContext.RequestAborted);
        Message = result.Succeeded ? T($"账号 {login} 的登录暂停已解除。", $"Sign-in of {login} unlocked.") : result.Error!.ToString();
        Failed = !result.Succeeded;
        await OnGetAsync();
        return Page();
    }
}
