using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Villages;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Luoshi.Web.Reading.Lists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Items;

/// <summary>督办事项: the items from other sources (批示件, 会议议定事项, 上级交办, 人大建议, 政协提案) a caller may see — the
/// office and leaders all, a reporter its unit's — narrowed and paged on the server by what the address says, with the
/// task breakdown's own keys (origin, unit, progress, q, page). The office creates items here and imports a CSV or xlsx
/// file of them (all or nothing, every refusal at its line and column).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(UserLedger ledger, LedgerReads reads, LedgerClock clock, WebSettings settings) : PageModel
{
    /// <summary>Only items of this source (instruction, meeting_decision…, or 批示, 提案…), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "origin")]
    public string? OriginAsked { get; set; }

    /// <summary>Only items this unit leads (name or alias), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? UnitAsked { get; set; }

    /// <summary>Only items in this status (not_signed, behind…), if given.</summary>
    [BindProperty(SupportsGet = true, Name = "progress")]
    public string? ProgressKey { get; set; }

    /// <summary>Only items whose number, title, document or leader hold these words, if given.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    /// <summary>The page asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageAsked { get; set; }

    /// <summary>The source asked for, if it names one.</summary>
    public ItemSource? Origin => ItemOrigins.Parse(OriginAsked);

    /// <summary>The unit filter as read.</summary>
    public UnitQuery Unit { get; private set; } = UnitQuery.Of(null, []);

    /// <summary>The status asked for.</summary>
    public TaskStatusKind? Progress => Reading.Tasks.TaskFilter.ParseProgress(ProgressKey);

    /// <summary>True when any filter narrows the list.</summary>
    public bool Narrows => Origin is not null || Unit.Active || Progress is not null || !string.IsNullOrWhiteSpace(Words);

    /// <summary>The page of items shown.</summary>
    public Paged<SupervisionItem> Shown { get; private set; } = Paged.Of<SupervisionItem>([], 1);

    /// <summary>How many items the caller may see in all.</summary>
    public int Visible { get; private set; }

    /// <summary>The day statuses are read on.</summary>
    public DateOnly Today => clock.Today;

    /// <summary>What was wrong with an imported file, each at its line and column.</summary>
    public IReadOnlyList<Problem> Errors { get; private set; } = [];

    /// <summary>The outcome of an import.</summary>
    public string? Message { get; private set; }

    /// <summary>Reads the list.</summary>
    public async Task OnGetAsync(string? done)
    {
        var ct = HttpContext.RequestAborted;
        Unit = UnitQuery.Of(UnitAsked, await reads.UnitsAsync(ct));
        var all = (await ledger.Value.Lifecycle.ListItemsAsync(null, ct)).Where(i => UnitScope.MayRead(User, i.LeadUnit)).ToList();
        Visible = all.Count;
        var words = string.IsNullOrWhiteSpace(Words) ? null : Words.Trim();
        var shown = all.Where(i => (Origin is null || i.Source == Origin) && Unit.Matches(i.LeadUnit)
            && (Progress is null || i.StatusOn(Today).Kind == Progress)
            && (words is null || $"{i.Number} {i.Title} {i.SourceDocument} {i.Leader}".Contains(words, StringComparison.OrdinalIgnoreCase))).ToList();
        Shown = Paged.Of<SupervisionItem>(shown, PageAsked);
        Message ??= done is { Length: > 0 } number ? Catalogue.Lifecycle.ItemSaved(number).ToString() : null;
    }

    /// <summary>Imports a CSV or xlsx file of items as the signed-in person (office only, all or nothing, audited).</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file)
    {
        if (!User.RunsLedger())
        {
            return Forbid();
        }

        if (file is null || file.Length == 0 || file.Length > settings.MaxAttachmentBytes)
        {
            Errors = [new Problem(Catalogue.Forms.ChooseFile(settings.MaxAttachmentBytes / (1024 * 1024)), Place.OfField("file"))];
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            var result = await ledger.OnToday.Lifecycle.ImportItemsAsync(
                LifecycleEndpoints.Actor(User), new VillageFile(Path.GetFileName(file.FileName), buffer.ToArray()), HttpContext.RequestAborted);
            Errors = result.Errors;
            Message = result.Succeeded ? Catalogue.Lifecycle.ItemsImported(result.Rows).ToString() : null;
        }

        await OnGetAsync(null);
        return Page();
    }
}

/// <summary>The address keys of the item sources (instruction, meeting_decision, from_above, deputy_suggestion,
/// cppcc_proposal); the words 批示, 提案… read too.</summary>
public static class ItemOrigins
{
    /// <summary>The key the address carries.</summary>
    public static string Key(ItemSource source) => source switch
    {
        ItemSource.Instruction => "instruction",
        ItemSource.MeetingDecision => "meeting_decision",
        ItemSource.FromAbove => "from_above",
        ItemSource.DeputySuggestion => "deputy_suggestion",
        _ => "cppcc_proposal",
    };

    /// <summary>The source a key or word names, or null.</summary>
    public static ItemSource? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ItemNumbers.Parse(text.Trim().Replace("_", "", StringComparison.Ordinal));
}
