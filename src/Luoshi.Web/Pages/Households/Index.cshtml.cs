using Luoshi.Storage;
using Luoshi.Storage.Households.Warnings;
using Luoshi.Web.Hosting;
using Luoshi.Web.Households;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Households;

/// <summary>防返贫动态监测 warnings by town and village, within the reader's area (town and village staff see their own).</summary>
public sealed class IndexModel(Ledger ledger, LedgerClock clock) : PageModel
{
    /// <summary>The warnings shown.</summary>
    public HouseholdWarnings Warnings { get; private set; } = null!;

    /// <summary>Reads the warnings as of the ledger's day.</summary>
    public async Task OnGetAsync() => Warnings = await ledger.HouseholdWarningsAsync(Viewers.Of(User), clock.Today, HttpContext.RequestAborted);
}
