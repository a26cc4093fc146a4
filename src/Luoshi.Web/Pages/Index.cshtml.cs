using Luoshi.Storage;
using Luoshi.Storage.Households.Warnings;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Households;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Overview;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages;

/// <summary>The overview (总览) for the office and leaders; a unit reporter is sent to its own workspace instead.</summary>
public sealed class IndexModel(LedgerReads reads, LedgerClock clock, OverviewReader overview, Ledger ledger) : PlanPage(reads, clock)
{
    /// <summary>How many overdue reports the page lists.</summary>
    public const int OverdueShown = 50;

    /// <summary>The overview shown; null when the ledger has no plan.</summary>
    public OverviewData? Overview { get; private set; }

    /// <summary>The return-to-poverty register's warnings (防返贫监测预警) on the same day.</summary>
    public HouseholdWarnings? HouseholdWarnings { get; private set; }

    /// <summary>Reads the overview.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.ReadsAll())
        {
            return Redirect("/workspace");
        }

        if (await LoadPlanAsync())
        {
            Overview = await overview.ReadAsync(Plan!, AsOf, HttpContext.RequestAborted);
        }

        HouseholdWarnings = await ledger.HouseholdWarningsAsync(Viewers.Of(User), AsOf, HttpContext.RequestAborted);

        return Page();
    }
}
