using Luoshi.Storage;
using Luoshi.Storage.Villages.Tallies;
using Luoshi.Web.Hosting;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Villages;

/// <summary>Villages by town: the summary (tier shares, sewage coverage, collective income) of every town and the
/// region, and with <c>?town=</c> that town's villages with their tier, sewage facility and income. Town staff see
/// only their own town; asking for another is refused.</summary>
public sealed class IndexModel(Ledger store, LedgerReads reads, LedgerClock clock) : PageModel
{
    /// <summary>The tallies by town as of today.</summary>
    public VillageSummary Summary { get; private set; } = null!;

    /// <summary>The villages of the chosen town, if one is chosen.</summary>
    public IReadOnlyList<VillageListRow> Villages { get; private set; } = [];

    /// <summary>The chosen town's code, or null.</summary>
    public string? Town { get; private set; }

    /// <summary>True when the caller sees only its own town.</summary>
    public bool OwnTownOnly { get; private set; }

    /// <summary>Reads the summary and, for a town, its villages.</summary>
    public async Task<IActionResult> OnGetAsync(string? town, int? year)
    {
        var ct = HttpContext.RequestAborted;
        if (DayParameters.CheckYear("year", year) is { } problem)
        {
            return PageProblems.Refuse(HttpContext, problem);
        }

        if (await VillageScope.OfAsync(User, reads, ct) is not { } scope)
        {
            return Forbid();
        }

        if (scope.Town is { } own)
        {
            if (town is not null && town != own)
            {
                return Forbid();
            }

            (town, OwnTownOnly) = (own, true);
        }

        var asOf = clock.Today;
        Summary = await store.Villages.SummaryAsync(year ?? asOf.Year, asOf, scope.Town, ct);
        Town = town;
        if (town is not null)
        {
            Villages = await store.Villages.ListAsync(town, Summary.Year, asOf, ct);
        }

        return Page();
    }
}
