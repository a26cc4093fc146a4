using Luoshi.Storage;
using Luoshi.Storage.Reminders;
using Luoshi.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Inbox;

/// <summary>The bell's page: the reminders sent to the signed-in person's unit, newest first, unread ones marked.
/// The office reads its own inbox 督查室 (decisions it owes); leaders have none.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(Ledger ledger) : PageModel
{
    /// <summary>The unit's messages as this person sees them.</summary>
    public IReadOnlyList<InboxMessage> Messages { get; private set; } = [];

    /// <summary>Reads the inbox.</summary>
    public async Task OnGetAsync()
    {
        if (User.InboxName() is { } unit)
        {
            Messages = await ledger.Reminders.InboxAsync(unit, User.Login()!, ct: HttpContext.RequestAborted);
        }
    }
}
