using Luoshi.Domain.Households;
using Luoshi.Storage;
using Luoshi.Storage.Households.Reading;
using Luoshi.Web.Households;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Households;

/// <summary>The household list: the reader's area only, a page at a time, names and identity numbers masked.</summary>
public sealed class ListModel(Ledger ledger) : PageModel
{
    /// <summary>Households per page.</summary>
    public const int PageSize = 50;

    /// <summary>A town or village code to narrow the list.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    /// <summary>A head's name, a village's or town's name, or a household number.</summary>
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Words { get; set; }

    /// <summary>Only households in this state.</summary>
    [BindProperty(SupportsGet = true)]
    public MonitoringState? State { get; set; }

    /// <summary>The page number.</summary>
    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The page shown.</summary>
    public HouseholdPage? Households { get; private set; }

    /// <summary>Why nothing is shown (an unknown area).</summary>
    public string? Problem { get; private set; }

    /// <summary>Reads one page.</summary>
    public async Task OnGetAsync()
    {
        var listed = await ledger.ListHouseholdsAsync(Viewers.Of(User), new HouseholdFilter(string.IsNullOrWhiteSpace(Area) ? null : Area.Trim(), State, string.IsNullOrWhiteSpace(Words) ? null : Words.Trim()),
            PageNumber, PageSize, HttpContext.RequestAborted);
        (Households, Problem) = (listed.Value, listed.Error?.ToString());
    }

    /// <summary>The query of another page of the same list.</summary>
    public string PageLink(int page) => $"/households/list?area={Uri.EscapeDataString(Area ?? "")}&state={State}&q={Uri.EscapeDataString(Words ?? "")}&page={page}";
}
