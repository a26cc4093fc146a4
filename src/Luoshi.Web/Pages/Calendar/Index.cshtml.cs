using System.Text;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Calendar;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Luoshi.Web.Pages.Calendar;

/// <summary>工作日历: the ledger's one working-day calendar, each year's holidays and adjusted working weekends, shipped
/// or the office's own. The office imports a year's holiday file (refused whole, every wrong line named) and anyone
/// who may read it downloads a year to edit. Every "N 个工作日" rule counts by it.</summary>
[Authorize(Policy = Policies.ReadAll)]
public sealed class IndexModel(Ledger ledger, UserLedger user, WebSettings settings) : PageModel
{
    /// <summary>The years the calendar holds.</summary>
    public IReadOnlyList<CalendarYear> Years { get; private set; } = [];

    /// <summary>What was wrong with the file, each at its line and field.</summary>
    public IReadOnlyList<Problem> Errors { get; private set; } = [];

    /// <summary>The year just imported.</summary>
    public int? Imported { get; private set; }

    /// <summary>Shows the calendar.</summary>
    public async Task OnGetAsync() => Years = await ledger.Calendar.YearsAsync(HttpContext.RequestAborted);

    /// <summary>A year as a holiday file.</summary>
    public async Task<IActionResult> OnGetExportAsync(int year)
    {
        var result = await ledger.Calendar.ExportAsync(year, HttpContext.RequestAborted);
        return result.Succeeded
            ? File(Encoding.UTF8.GetBytes(result.Value!), "text/plain; charset=utf-8", $"{year}.txt")
            : NotFound();
    }

    /// <summary>Imports a year's holiday file as the signed-in person (office only, audited).</summary>
    public async Task<IActionResult> OnPostAsync(IFormFile? file)
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
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            var text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
            var result = await user.Value.Calendar.ImportAsync(LifecycleEndpoints.Actor(User), Path.GetFileName(file.FileName), text, HttpContext.RequestAborted);
            Errors = result.Problems;
            Imported = result.Year?.Year;
        }

        await OnGetAsync();
        return Page();
    }
}
