using Luoshi.Domain.Access;
using Luoshi.Storage;
using Luoshi.Domain.Wording;
using Luoshi.Web.Access;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Admin;

/// <summary>The administrator's accounts page: create an account (with a generated password shown once), disable or
/// enable it, reset its password; where an account is locked, a link to the lockouts page. Every change goes through
/// the ledger and into the audit trail.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AccountsModel(Ledger store, UserLedger ledger, LedgerReads reads) : PageModel
{
    /// <summary>All accounts.</summary>
    public IReadOnlyList<Domain.Access.Account> Accounts { get; private set; } = [];

    /// <summary>The addresses each login is locked from now.</summary>
    public ILookup<string, SignInLock> Locks { get; private set; } = Array.Empty<SignInLock>().ToLookup(l => l.Login);

    /// <summary>Unit names for the form.</summary>
    public IReadOnlyList<string> Units { get; private set; } = [];

    /// <summary>A generated password, right after it was set.</summary>
    public string? NewPassword { get; private set; }

    /// <summary>The outcome of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> reports a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>The refusal, shown beside the field at fault.</summary>
    public IReadOnlyList<Problem> Refusals { get; private set; } = [];

    /// <summary>Lists the accounts.</summary>
    public async Task OnGetAsync()
    {
        Accounts = await store.ListAccountsAsync(HttpContext.RequestAborted);
        Locks = (await store.ListSignInLocksAsync(HttpContext.RequestAborted)).ToLookup(l => l.Login, StringComparer.Ordinal);
        Units = [.. (await reads.UnitsAsync(HttpContext.RequestAborted)).Select(u => u.Name)];
    }

    /// <summary>Creates an account with a generated password.</summary>
    public async Task<IActionResult> OnPostCreateAsync(string? login, string? name, AccountRole role, string? unit)
    {
        var password = Generated();
        var result = await ledger.Value.CreateAccountAsync(
            new NewAccount(login?.Trim() ?? "", name?.Trim() ?? "", role, string.IsNullOrEmpty(unit) ? null : unit, password), HttpContext.RequestAborted);
        NewPassword = result.Succeeded ? password : null;
        return result.Succeeded ? await DoneAsync(T($"账号 {result.Value!.Login} 已创建。", $"Account {result.Value!.Login} created."), failed: false) : await DoneAsync(result.Error!);
    }

    /// <summary>Disables an account: it cannot sign in, its tokens stop, and its open sessions end at their next request.</summary>
    public async Task<IActionResult> OnPostDisableAsync(string? login)
    {
        if (login == User.Login())
        {
            return await DoneAsync(T("不能停用自己的账号。", "You cannot disable your own account."), failed: true);
        }

        var result = await ledger.Value.SetAccountDisabledAsync(login ?? "", true, HttpContext.RequestAborted);
        return result.Succeeded ? await DoneAsync(T($"账号 {login} 已停用。", $"Account {login} disabled."), failed: false) : await DoneAsync(result.Error!);
    }

    /// <summary>Enables a disabled account again.</summary>
    public async Task<IActionResult> OnPostEnableAsync(string? login)
    {
        var result = await ledger.Value.SetAccountDisabledAsync(login ?? "", false, HttpContext.RequestAborted);
        return result.Succeeded ? await DoneAsync(T($"账号 {login} 已启用。", $"Account {login} enabled."), failed: false) : await DoneAsync(result.Error!);
    }

    /// <summary>Resets an account's password to a generated one.</summary>
    public async Task<IActionResult> OnPostResetAsync(string login)
    {
        var password = Generated();
        var result = await ledger.Value.SetPasswordAsync(login, password, HttpContext.RequestAborted);
        NewPassword = result.Succeeded ? password : null;
        return result.Succeeded ? await DoneAsync(T($"{login} 的密码已重置。", $"Password of {login} reset."), failed: false) : await DoneAsync(result.Error!);
    }

    private Task<IActionResult> DoneAsync(Problem refusal)
    {
        Refusals = [refusal];
        return DoneAsync(ProblemMarkup.Summary(refusal), failed: true);
    }

    private async Task<IActionResult> DoneAsync(string message, bool failed)
    {
        Message = message;
        Failed = failed;
        await OnGetAsync();
        return Page();
    }

    private static string Generated() => GeneratedPassword.New(16);
}
