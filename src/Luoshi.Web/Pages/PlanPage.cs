using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Web.Hosting;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages;

/// <summary>What every page about one plan shares: which plan (?plan=ID, else the newest) and which day (?asOf=,
/// else the ledger's today).</summary>
public abstract class PlanPage(LedgerReads reads, LedgerClock clock) : PageModel
{
    /// <summary>The plan id asked for, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "plan")]
    public int? PlanId { get; set; }

    /// <summary>The day asked for, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "asOf")]
    public DateOnly? AsOfAsked { get; set; }

    /// <summary>The plan shown; null when the ledger has none (or the id is unknown).</summary>
    public Plan? Plan { get; private set; }

    /// <summary>All plans, for the plan switcher.</summary>
    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    /// <summary>The day shown.</summary>
    public DateOnly AsOf => AsOfAsked ?? clock.Today;

    /// <summary>The reads of this request.</summary>
    protected LedgerReads Reads => reads;

    /// <summary>The ledger's today.</summary>
    protected LedgerClock Clock => clock;

    /// <summary>Loads the plan; false when there is none to show.</summary>
    protected async Task<bool> LoadPlanAsync()
    {
        Plans = await reads.PlansAsync(HttpContext.RequestAborted);
        Plan = await reads.PlanAsync(PlanId, HttpContext.RequestAborted);
        return Plan is not null;
    }

    /// <summary>Refuses a day outside the ledger's years before any handler reads the ledger as of it.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Refusal() is { } problem)
        {
            context.Result = PageProblems.Refuse(HttpContext, problem);
            return;
        }

        await next().ConfigureAwait(false);
    }

    /// <summary>What the query asks for that cannot be shown (a day out of range), or null.</summary>
    protected virtual Problem? Refusal() => DayParameters.Check("asOf", AsOfAsked);

    /// <summary>The plan's reporting calendar (names its periods); only once a plan is loaded.</summary>
    public ReportingCalendar Calendar => new(Plan!.Year, Plan.Cadence);

    /// <summary>The query string that keeps the plan and day when linking to another page.</summary>
    public string Keep => Plan is null ? "" : $"plan={Plan.Id}" + (AsOfAsked is { } d ? $"&asOf={d:yyyy-MM-dd}" : "");
}
