using Luoshi.Domain.Wording;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Http;

namespace Luoshi.Web.Pages.Published;

/// <summary>The public page: no sign-in, only what the office marked public, as of a day no later than the ledger's
/// today (<see cref="PublicDay"/>); any other ?asOf= gets a 400 page saying which days may be shown.</summary>
public sealed class IndexModel(LedgerReads reads, LedgerClock clock) : PlanPage(reads, clock)
{
    /// <summary>The published targets.</summary>
    public IReadOnlyList<PublicTarget> Targets { get; private set; } = [];

    /// <summary>Why the day asked for cannot be shown, when it cannot.</summary>
    public string? DayRefusal { get; private set; }

    /// <summary>The public page's days are narrower than the ledger's years, so <see cref="PublicDay"/> alone decides,
    /// and its refusal keeps the way back to the public page.</summary>
    protected override Problem? Refusal() => null;

    /// <summary>Reads them.</summary>
    public async Task OnGetAsync()
    {
        if (!await LoadPlanAsync())
        {
            return;
        }

        // The day is taken from the query string as typed: a value the binder cannot read must be refused, not ignored.
        var (day, refusal) = PublicDay.Of(Request.Query["asOf"].ToString(), Plan!, Clock.Today);
        AsOfAsked = day;
        if (refusal is { } words)
        {
            (DayRefusal, Response.StatusCode) = (words.ToString(), StatusCodes.Status400BadRequest);
            return;
        }

        if (await Reads.ReadingAsync(Plan!.Id, day, HttpContext.RequestAborted) is { } reading)
        {
            Targets = PublicTarget.Of(reading);
        }
    }
}
