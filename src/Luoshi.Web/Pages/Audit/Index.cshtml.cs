using Luoshi.Domain.Audit;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Audit;

/// <summary>The audit trail, newest first, for the roles that read the whole ledger.</summary>
[Authorize(Policy = Policies.ReadAll)]
public sealed class IndexModel(Ledger ledger) : PageModel
{
    /// <summary>The kinds of entity the trail records.</summary>
    public static IReadOnlyList<string> Entities { get; } = ["plan", "task", "target", "unit", "report", "progress-file", "account", "api-token", "reminder", "attachment", "household", "household-file", "income-line", "monitoring-rules", "ledger"];

    /// <summary>How many entries the page shows.</summary>
    public const int Shown = 200;

    /// <summary>Only entries of this entity kind, if given.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    /// <summary>The entries shown.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Reads the trail.</summary>
    public async Task OnGetAsync() =>
        Entries = await ledger.AuditAsync(Shown, string.IsNullOrEmpty(Entity) ? null : Entity, HttpContext.RequestAborted);
}
