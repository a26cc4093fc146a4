using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Closing;

/// <summary>年底交账: the year's account — totals, the office's review queue (accounts submitted and waiting), and every
/// task the caller may read with its state and result; the office opens the closing here.</summary>
public sealed class IndexModel(LedgerReads reads, LedgerClock clock, UserLedger ledger) : PlanPage(reads, clock)
{
    /// <summary>The plan's year-end account.</summary>
    public ClosingReading? Closing { get; private set; }

    /// <summary>The tasks the caller may read.</summary>
    public IReadOnlyList<TaskClosing> Tasks { get; private set; } = [];

    /// <summary>A refusal of the open step.</summary>
    public IReadOnlyList<Problem> Errors { get; private set; } = [];

    /// <summary>Shows the account.</summary>
    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>The office opens the closing with its tolerances.</summary>
    public async Task<IActionResult> OnPostOpenAsync(decimal? cumulative, decimal? ratio, decimal? level, decimal? direction, int? days)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var d = ClosingTolerances.Default;
        var tolerances = new ClosingTolerances(cumulative ?? d.Cumulative, ratio ?? d.Ratio, level ?? d.Level, direction ?? d.Direction, days ?? d.MilestoneDays);
        var result = await ledger.OnToday.Closing.OpenAsync(Plan!.Id, LifecycleEndpoints.Actor(User), tolerances, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Errors = [result.Error!];
            Response.StatusCode = ProblemDocuments.Status(result.Error!.Kind);
            return Page();
        }

        return RedirectToPage(new { plan = Plan.Id });
    }

    private async Task<bool> LoadAsync()
    {
        if (!await LoadPlanAsync() || await Reads.ClosingAsync(Plan!.Id, HttpContext.RequestAborted) is not { } closing)
        {
            return false;
        }

        Closing = closing;
        Tasks = [.. closing.Tasks.Where(t => User.ReadsAll() || t.Reading.Involves(User.UnitName() ?? ""))];
        return true;
    }
}
