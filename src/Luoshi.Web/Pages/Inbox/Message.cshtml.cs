using Luoshi.Storage.Reminders;
using Luoshi.Web.Access;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Inbox;

/// <summary>One reminder of the person's unit: opening it records 已读 (the first opening is the unit's read time, in
/// the audit trail too). Another unit's message is not found.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MessageModel(UserLedger ledger) : PageModel
{
    /// <summary>The message and when it was first opened by this person.</summary>
    public InboxMessage? Message { get; private set; }

    /// <summary>The page the message links to, on this site: the path and query only, never another host.</summary>
    public string Target => Message is null ? "/" : new Uri(Message.Delivery.Link, UriKind.Absolute).PathAndQuery;

    /// <summary>Opens the message.</summary>
    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (User.InboxName() is not { } unit)
        {
            return NotFound();
        }

        Message = await ledger.Value.Reminders.OpenAsync(id, unit, User.Login()!, HttpContext.RequestAborted);
        return Message is null ? NotFound() : Page();
    }
}
