using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Domain.Attachments;
using Luoshi.Web.Hosting;
using Luoshi.Web.Localization;
using Luoshi.Web.Reading;
using Microsoft.Extensions.DependencyInjection;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages.Reports;

/// <summary>What the new-report and report pages share: the task and period, the form's fields filled from the stored
/// report or from what the person just typed (so a refused save loses nothing), and saving.</summary>
public abstract class ReportPage(LedgerReads reads, LedgerClock clock, UserLedger ledger, WebSettings settings) : PlanPage(reads, clock)
{
    /// <summary>The task reported on.</summary>
    public PlanTask? Task { get; protected set; }

    /// <summary>The period reported on.</summary>
    public ReportingPeriod? Period { get; protected set; }

    /// <summary>The report's unit.</summary>
    public string Unit { get; protected set; } = "";

    /// <summary>The form's field values by name.</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems with what was sent, each naming its field.</summary>
    public List<Problem> Errors { get; } = [];

    /// <summary>The outcome of the last action, when it succeeded.</summary>
    public string? Message { get; protected set; }

    /// <summary>The settings (attachment size limit).</summary>
    public WebSettings Settings => settings;

    /// <summary>The ledger acting as the caller.</summary>
    protected Ledger Writer => ledger.Value;

    /// <summary>True when the form came with a valid anti-forgery token. The report pages check it themselves
    /// (<c>IgnoreAntiforgeryToken</c> on the page) so that a token that expired while a person typed brings the form
    /// back with what they typed instead of an error page; nothing is changed without a valid token.</summary>
    protected async Task<bool> TokenValidAsync()
    {
        var antiforgery = HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
        if (await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return true;
        }

        foreach (var (key, value) in Request.Form)
        {
            if (!key.StartsWith("__", StringComparison.Ordinal))
            {
                Fields[key] = value.ToString();
            }
        }

        Errors.Add(new Problem(Catalogue.Forms.FormExpired, Place.OfField("form")));
        // Still a refusal (400), but the page itself answers: the form, filled in, with the reason above it.
        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest;
        return false;
    }

    /// <summary>A field's value for the form.</summary>
    public string Field(string name) => Fields.GetValueOrDefault(name, "");

    /// <summary>Fills the fields from a stored report.</summary>
    protected void Fill(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var target in Task!.Targets)
        {
            if (report.Values.FirstOrDefault(v => v.TargetId == target.Id) is not { } v)
            {
                continue;
            }

            Fields[$"v-{target.Code}"] = GoalText.Number(v.Value);
            Fields[$"v-{target.Code}-part"] = GoalText.Number(v.Numerator);
            Fields[$"v-{target.Code}-whole"] = GoalText.Number(v.Denominator);
            Fields[$"v-{target.Code}-done"] = v.DoneOn is { } d ? GoalText.Day(d) : "";
        }

        Fields["progress"] = report.Progress;
        Fields["problems"] = report.Problems;
        Fields["next"] = report.NextSteps;
        Fields["evidence"] = string.Join('\n', report.Evidence);
    }

    /// <summary>Saves the form as a draft (a new one when <paramref name="version"/> is null); null when refused,
    /// with the reasons in <see cref="Errors"/> and the typed values kept in <see cref="Fields"/>.</summary>
    protected async Task<ProgressReport?> SaveAsync(int? version)
    {
        foreach (var (key, value) in Request.Form)
        {
            Fields[key] = value.ToString();
        }

        var (values, errors) = ReportForm.Values(Task!, Plan!.Year, Request.Form);
        Errors.AddRange(errors);
        Errors.AddRange(ReportForm.TextProblems(Request.Form));
        var evidence = ReportForm.Evidence(Request.Form);
        var files = Request.Form.Files.Where(f => f.Length > 0).ToList();
        var uploads = new List<(string Name, string Type, byte[] Content)>();
        foreach (var file in files)
        {
            if (file.Length > settings.MaxAttachmentBytes)
            {
                // Refused by its size before it is read into memory; the form's text is kept (above) all the same.
                Errors.Add(new Problem(AttachmentRules.TooLarge(file.FileName, settings.MaxAttachmentBytes), Place.OfField("files")));
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            var content = buffer.ToArray();
            var (type, error) = AttachmentRules.Check(file.FileName, content, settings.MaxAttachmentBytes);
            if (error is not null)
            {
                Errors.Add(new Problem(error.Value, Place.OfField("files")));
            }
            else
            {
                uploads.Add((AttachmentRules.SafeName(file.FileName), type!, content));
            }
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        var draft = new ReportDraft(Plan!.Id, Task!.Code, Period!.Number, Unit, values,
            ReportForm.Text(Request.Form, "progress"), ReportForm.Text(Request.Form, "problems"), ReportForm.Text(Request.Form, "next"), evidence);
        var saved = await Writer.SaveReportAsync(draft, version, HttpContext.RequestAborted);
        if (!saved.Succeeded)
        {
            Errors.Add(saved.Error!);
            return null;
        }

        foreach (var (name, type, content) in uploads)
        {
            var added = await Writer.AddAttachmentAsync(saved.Value!.Id, name, type, content, HttpContext.RequestAborted);
            if (!added.Succeeded)
            {
                Errors.Add(added.Error! with { Place = Place.OfField("files") });
            }
        }

        return saved.Value;
    }

    /// <summary>Submits a saved draft for review.</summary>
    protected async Task<bool> SubmitAsync(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var submitted = await Writer.TransitionAsync(report.Id, ReportAction.Submit, null, report.Version, HttpContext.RequestAborted);
        if (!submitted.Succeeded)
        {
            Errors.Add(submitted.Error!);
        }

        return submitted.Succeeded;
    }

    /// <summary>The words after a save or a submission.</summary>
    protected static string Saved(bool submitted) => submitted
        ? T("已报送，等待督查室审核。", "Submitted; the supervision office will review it.")
        : T("草稿已保存。", "Draft saved.");
}
