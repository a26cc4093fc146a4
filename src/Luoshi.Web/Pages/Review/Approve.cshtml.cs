using Luoshi.Domain.Progress;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Review;

/// <summary>Bulk approval: the reports picked on the worklist listed as they stand, and on confirmation each approved on
/// the version shown — one audited change each, through the same transition as a single approval; a report changed
/// or reviewed since is refused with its reason and the others still go through.</summary>
[Authorize(Policy = Policies.RunLedger)]
public sealed class ApproveModel(LedgerReads reads, LedgerClock clock, UserLedger ledger) : PlanPage(reads, clock)
{
    /// <summary>The reports picked.</summary>
    [BindProperty(SupportsGet = true, Name = "id")]
    public List<int> Ids { get; set; } = [];

    /// <summary>The reports picked that wait for review, with the version shown.</summary>
    public IReadOnlyList<ReportSummary> Chosen { get; private set; } = [];

    /// <summary>Approvals refused on confirmation, each with its reason.</summary>
    public List<string> Refused { get; } = [];

    /// <summary>Lists what will be approved.</summary>
    public async Task<IActionResult> OnGetAsync() => await ChooseAsync() ? Page() : NotFound();

    /// <summary>Approves each one on the version listed.</summary>
    public async Task<IActionResult> OnPostAsync([FromForm(Name = "v")] List<string> versions)
    {
        if (!await ChooseAsync())
        {
            return NotFound();
        }

        var shown = (versions ?? []).Select(v => v.Split(':')).Where(p => p.Length == 2 && int.TryParse(p[0], out _) && int.TryParse(p[1], out _))
            .ToDictionary(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        var approved = 0;
        foreach (var r in Chosen)
        {
            var result = await ledger.Value.TransitionAsync(r.Id, ReportAction.Approve, null, shown.GetValueOrDefault(r.Id, r.Version), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                approved++;
            }
            else
            {
                Refused.Add($"#{r.Id} {r.TaskCode} {Calendar[r.Period].Name} {r.Unit}：{result.Error}");
            }
        }

        if (Refused.Count > 0)
        {
            await ChooseAsync();
            return Page();
        }

        return Redirect($"/review?plan={Plan!.Id}&approved={approved}");
    }

    private async Task<bool> ChooseAsync()
    {
        if (!await LoadPlanAsync())
        {
            return false;
        }

        var picked = Ids.ToHashSet();
        Chosen = [.. (await Reads.ReportsAsync(Plan!.Id, HttpContext.RequestAborted))
            .Where(r => picked.Contains(r.Id) && r.State is ReportState.Submitted or ReportState.Resubmitted)
            .OrderBy(r => r.Id)];
        return true;
    }
}
