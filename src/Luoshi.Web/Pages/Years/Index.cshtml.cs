using Luoshi.Domain.Wording;
using Luoshi.Domain.Years;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Years;

/// <summary>跨年度: for a closed year, its tasks with their confirmed results and the office's carry-over (结转, 未完成
/// ones ticked by default); for any year, its targets beside their matches in an earlier year, which the office
/// confirms, corrects or removes. The office and leaders read it; only the office decides (the ledger checks again).</summary>
public sealed class IndexModel(LedgerReads reads, LedgerClock clock, UserLedger ledger) : PlanPage(reads, clock)
{
    /// <summary>The closed year's tasks, or null when the plan's closing is not open.</summary>
    public IReadOnlyList<CarryCandidate>? Candidates { get; private set; }

    /// <summary>The plan's targets beside their matches.</summary>
    public IReadOnlyList<TargetMatchView> Matches { get; private set; } = [];

    /// <summary>A refusal of the last step.</summary>
    public IReadOnlyList<Problem> Errors { get; private set; } = [];

    /// <summary>What the last step did.</summary>
    public string? Message { get; private set; }

    /// <summary>Shows the page.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.ReadsAll())
        {
            return Forbid();
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Request.Query["carried"].ToString() is { Length: > 0 } carried)
        {
            Message = T($"已结转：{carried}，并记入审计记录。", $"Carried over: {carried}; recorded in the audit trail.");
        }
        else if (Request.Query.ContainsKey("saved"))
        {
            Message = T("已保存，并记入审计记录。", "Saved and recorded in the audit trail.");
        }

        return Page();
    }

    /// <summary>The office carries the ticked tasks over into the next year's plan.</summary>
    public Task<IActionResult> OnPostCarryAsync(string[]? tasks) =>
        StepAsync(async actor =>
        {
            var result = await ledger.OnToday.Years.CarryOverAsync(Plan!.Id, actor, tasks ?? [], HttpContext.RequestAborted);
            return (result.Error, $"carried={Uri.EscapeDataString(string.Join("、", result.Value ?? []))}");
        });

    /// <summary>The office confirms a target's match, names another or removes it.</summary>
    public Task<IActionResult> OnPostMatchAsync(string target, string? earlier, bool none) =>
        StepAsync(async actor => ((await ledger.OnToday.Years.DecideAsync(Plan!.Id, target, actor, string.IsNullOrWhiteSpace(earlier) ? null : earlier, null, none,
            HttpContext.RequestAborted)).Error, "saved=1"));

    /// <summary>The office confirms every suggested match.</summary>
    public Task<IActionResult> OnPostConfirmAllAsync() =>
        StepAsync(async actor => ((await ledger.OnToday.Years.ConfirmAllAsync(Plan!.Id, actor, HttpContext.RequestAborted)).Error, "saved=1"));

    private async Task<IActionResult> StepAsync(Func<Storage.Lifecycle.LifecycleActor, Task<(Problem? Error, string Query)>> step)
    {
        if (!User.ReadsAll())
        {
            return Forbid();
        }

        if (!await LoadPlanAsync())
        {
            return NotFound();
        }

        var (error, query) = await step(LifecycleEndpoints.Actor(User));
        if (error is not null)
        {
            await LoadAsync();
            Errors = [error];
            Response.StatusCode = ProblemDocuments.Status(error.Kind);
            return Page();
        }

        return Redirect($"/years?plan={Plan!.Id}&{query}");
    }

    private async Task<bool> LoadAsync()
    {
        if (!await LoadPlanAsync())
        {
            return false;
        }

        var closing = await Reads.ClosingAsync(Plan!.Id, HttpContext.RequestAborted);
        Candidates = closing?.Closing is null ? null : await ledger.Value.Years.CandidatesAsync(Plan.Id, HttpContext.RequestAborted);
        Matches = await ledger.Value.Years.MatchesAsync(Plan.Id, HttpContext.RequestAborted);
        return true;
    }
}
