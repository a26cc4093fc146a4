using Luoshi.Domain.Time;
using Luoshi.Domain.Access;
using Luoshi.Storage;
using Luoshi.Domain.Wording;
using Luoshi.Web.Access;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Account;

/// <summary>A person's own account: change the password (the current one is checked) and issue or revoke API tokens,
/// which act with the same role and unit, so a script never has more rights than its owner.</summary>
public sealed class IndexModel(Ledger store, UserLedger ledger) : PageModel
{
    /// <summary>The caller's tokens.</summary>
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>A token's secret, right after it was issued.</summary>
    public string? NewSecret { get; private set; }

    /// <summary>The outcome of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> reports a refusal.</summary>
    public bool Failed { get; private set; }

    /// <summary>The refusal, shown beside the field at fault.</summary>
    public IReadOnlyList<Problem> Refusals { get; private set; } = [];

    private string Login => User.Login()!;

    /// <summary>Shows the account.</summary>
    public async Task OnGetAsync() => Tokens = await store.ListApiTokensAsync(Login, HttpContext.RequestAborted);

    /// <summary>Changes the password after checking the current one.</summary>
    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? password)
    {
        var check = await store.SignInAsync(Login, current ?? "", HttpContext.RequestAborted);
        if (check.Outcome != SignInOutcome.Succeeded)
        {
            return await DoneAsync(T("当前密码不正确，密码未修改。", "The current password is wrong; nothing changed."), failed: true);
        }

        var result = await ledger.Value.SetPasswordAsync(Login, password ?? "", HttpContext.RequestAborted);
        return result.Succeeded ? await DoneAsync(T("密码已修改。", "Password changed."), failed: false) : await DoneAsync(result.Error!);
    }

    /// <summary>Issues a token; its secret is shown once.</summary>
    public async Task<IActionResult> OnPostTokenAsync(string? name, DateOnly? expires)
    {
        DateTimeOffset? until = expires is { } day ? ChinaTime.StartOf(day) : null;
        var issued = await ledger.Value.CreateApiTokenAsync(Login, name?.Trim() ?? "", until, HttpContext.RequestAborted);
        if (!issued.Succeeded)
        {
            return await DoneAsync(issued.Error!);
        }

        NewSecret = issued.Value!.Secret;
        return await DoneAsync(T("令牌已生成。", "Token created."), failed: false);
    }

    /// <summary>Revokes one of the caller's own tokens.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var mine = await store.ListApiTokensAsync(Login, HttpContext.RequestAborted);
        if (mine.All(t => t.Id != id))
        {
            return NotFound();
        }

        var result = await ledger.Value.RevokeApiTokenAsync(id, HttpContext.RequestAborted);
        return result.Succeeded ? await DoneAsync(T("令牌已撤销。", "Token revoked."), failed: false) : await DoneAsync(result.Error!);
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
}
