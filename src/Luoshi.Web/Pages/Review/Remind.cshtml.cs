using Luoshi.Domain.Standings;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Lists;
using Luoshi.Web.Reading.Overview;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Review;

/// <summary>Bulk 催办: the reports picked on the review page (or every overdue report its filter lets through) listed
/// with their units, and on confirmation one reminder each — each its own audited change, through the same
/// <see cref="Storage.Ledger.RemindAsync"/> as a single reminder. Only reports still overdue are reminded.</summary>
[Authorize(Policy = Policies.RunLedger)]
public sealed class RemindModel(LedgerReads reads, LedgerClock clock, OverviewReader overview, UserLedger ledger) : PlanPage(reads, clock)
{
    /// <summary>The reports picked, as task|period|unit.</summary>
    [BindProperty(SupportsGet = true, Name = "item")]
    public List<string> Items { get; set; } = [];

    /// <summary>"all": every overdue report the filter lets through; else the picked ones.</summary>
    [BindProperty(SupportsGet = true, Name = "scope")]
    public string? Scope { get; set; }

    /// <summary>The filter of the review page, for "all".</summary>
    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? UnitAsked { get; set; }

    /// <summary>The filter of the review page, for "all".</summary>
    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodAsked { get; set; }

    /// <summary>The filter of the review page, for "all".</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    /// <summary>The note sent with every reminder.</summary>
    [BindProperty(Name = "note")]
    public string? Note { get; set; }

    /// <summary>The overdue reports to remind.</summary>
    public IReadOnlyList<OverdueReport> Chosen { get; private set; } = [];

    /// <summary>The units they go to, in order of first appearance.</summary>
    public IReadOnlyList<string> Units => [.. Chosen.Select(o => o.Unit ?? "").Distinct(StringComparer.Ordinal)];

    /// <summary>Reminders refused on confirmation, each with its reason.</summary>
    public List<string> Refused { get; } = [];

    /// <summary>Lists what will be reminded.</summary>
    public async Task<IActionResult> OnGetAsync() => await ChooseAsync() ? Page() : NotFound();

    /// <summary>Reminds each one.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ChooseAsync())
        {
            return NotFound();
        }

        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        var sent = 0;
        foreach (var o in Chosen)
        {
            var result = await ledger.Value.RemindAsync(Plan!.Id, o.TaskCode, o.Period, o.Unit ?? "", note, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                sent++;
            }
            else
            {
                Refused.Add($"{o.TaskCode} {o.PeriodName} {o.Unit}：{result.Error}");
            }
        }

        return Refused.Count > 0 ? Page() : Redirect($"/review?plan={Plan!.Id}&reminded={sent}");
    }

    private async Task<bool> ChooseAsync()
    {
        if (!await LoadPlanAsync())
        {
            return false;
        }

        var ct = HttpContext.RequestAborted;
        var overdue = (await overview.ReadAsync(Plan!, AsOf, ct)).Overdue;
        if (Scope == "all")
        {
            var filter = ReviewFilter.Of(UnitQuery.Of(UnitAsked, await Reads.UnitsAsync(ct)), PeriodAsked, Words);
            var tasks = Plan!.Tasks.ToDictionary(t => t.Code, StringComparer.Ordinal);
            Chosen = [.. overdue.Where(o => filter.Passes(o.TaskCode, o.Unit, o.PeriodName, tasks))];
        }
        else
        {
            var picked = Items.ToHashSet(StringComparer.Ordinal);
            Chosen = [.. overdue.Where(o => picked.Contains(Key(o)))];
        }

        return true;
    }

    /// <summary>How a picked report is named in the form: task|period|unit.</summary>
    public static string Key(OverdueReport o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"{o.TaskCode}|{o.Period}|{o.Unit}";
    }
}
