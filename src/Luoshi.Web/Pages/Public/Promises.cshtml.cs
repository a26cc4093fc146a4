using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;

namespace Luoshi.Web.Pages.Published;

/// <summary>承诺兑现: every published promise (a target the office marked public) with its year-end result once the
/// office has confirmed it; no sign-in, nothing unconfirmed shown as a result.</summary>
public sealed class PromisesModel(LedgerReads reads, LedgerClock clock) : PlanPage(reads, clock)
{
    /// <summary>The published targets with their task's account.</summary>
    public IReadOnlyList<(TargetClosing Target, TaskClosing Task)> Promises { get; private set; } = [];

    /// <summary>The public page shows no other day; the plan alone is asked for.</summary>
    protected override Problem? Refusal() => null;

    /// <summary>Reads them.</summary>
    public async Task OnGetAsync()
    {
        if (await LoadPlanAsync() && await Reads.ClosingAsync(Plan!.Id, HttpContext.RequestAborted) is { } closing)
        {
            Promises = [.. closing.Tasks.SelectMany(t => t.Targets.Where(g => g.Reading.Target.Public).Select(g => (g, t)))];
        }
    }
}
