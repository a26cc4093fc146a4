using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Villages;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Villages;

/// <summary>The office uploads a village file (register, standard, assessments, sewage, income) as CSV or .xlsx; it is
/// imported as the signed-in person (audited), all of it or nothing with every problem listed.</summary>
[Authorize(Policy = Policies.RunLedger)]
public sealed class UploadModel(UserLedger ledger, Ledger store, WebSettings settings) : PageModel
{
    /// <summary>The standards there are, for the assessments' choice.</summary>
    public IReadOnlyList<string> Standards { get; private set; } = [];

    /// <summary>The outcome of an import.</summary>
    public string? Message { get; private set; }

    /// <summary>What was wrong with the file, each placed.</summary>
    public IReadOnlyList<Problem> Errors { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    public async Task OnGetAsync() =>
        Standards = [.. (await store.Villages.ListStandardsAsync(HttpContext.RequestAborted)).Select(s => s.Name)];

    /// <summary>Imports the uploaded file as the kind chosen.</summary>
    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? kind, string? standard)
    {
        if (file is null || file.Length == 0 || file.Length > settings.MaxAttachmentBytes)
        {
            Errors = [new Problem(Catalogue.Forms.ChooseFile(settings.MaxAttachmentBytes / (1024 * 1024)), Place.OfField("file"))];
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            var upload = new VillageFile(Path.GetFileName(file.FileName), buffer.ToArray());
            var villages = ledger.Value.Villages;
            var ct = HttpContext.RequestAborted;
            var result = kind switch
            {
                "villages" => await villages.ImportAsync(upload, ct),
                "standard" => await villages.ImportStandardAsync(upload, standard ?? "", ct),
                "assessments" => await villages.ImportAssessmentsAsync(upload, standard ?? "", ct),
                "sewage" => await villages.ImportSewageAsync(upload, ct),
                "income" => await villages.ImportIncomeAsync(upload, ct),
                _ => new CsvImportResult(0, [new Problem(Catalogue.Villages.ChooseKind, Place.OfField("kind"))]),
            };
            Errors = result.Errors;
            Message = result.Succeeded ? T($"已导入 {result.Rows} 行：{upload.Name}", $"Imported {result.Rows} rows from {upload.Name}") : null;
        }

        await OnGetAsync();
        return Page();
    }
}
