using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;

namespace Luoshi.Web.Pages.Published;

/// <summary>The public page: no sign-in, only what the office marked public.</summary>
public sealed class IndexModel(LedgerReads reads, LedgerClock clock) : PlanPage(reads, clock)
{
    /// <summary>The published targets.</summary>
    public IReadOnlyList<PublicTarget> Targets { get; private set; } = [];

    /// <summary>Reads them.</summary>
    public async Task OnGetAsync()
    {
        if (await LoadPlanAsync() && await Reads.ReadingAsync(Plan!.Id, AsOf, HttpContext.RequestAborted) is { } reading)
        {
            Targets = PublicTarget.Of(reading);
        }
    }
}
