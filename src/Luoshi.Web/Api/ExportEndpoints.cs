using System.Security.Claims;
using Luoshi.Documents.Excel;
using Luoshi.Documents.Ledger;
using Luoshi.Documents.Word;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>Office files as downloads: the ledger (台账) workbook and the quarterly notice (通报) for those who read the
/// whole ledger, a unit's offline report template for its own reporters. The same writers as <c>luoshi export</c>.</summary>
internal static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports").WithTags("exports").CheckDays();
        exports.MapGet("/ledger.xlsx", LedgerAsync).RequireAuthorization(Policies.ReadAll)
            .WithSummary("The ledger (台账) of a plan as an Excel workbook: every target's value and status per period");
        exports.MapGet("/notice.docx", NoticeAsync).RequireAuthorization(Policies.ReadAll)
            .WithSummary("The quarterly notice (通报) in Word up to the end of a period (2022Q3 or 2022-09), with its 文号 (number) when given");
        exports.MapGet("/assignment.docx", AssignmentAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A unit's 交办单 in Word: the tasks it leads or supports, deadlines, targets, reporting and signing rules (a reporter: its own unit)");
        exports.MapGet("/closing-report.docx", ClosingReportAsync).RequireAuthorization(Policies.ReadAll)
            .WithSummary("年度落实情况报告 in Word: the year's account by result and section, what fell short and why, every target's final");
        exports.MapGet("/closing.xlsx", ClosingWorkbookAsync).RequireAuthorization(Policies.ReadAll)
            .WithSummary("The closing workbook: one row per task and target with its final, result and evidence");
        exports.MapGet("/ranking.xlsx", RankingAsync).RequireAuthorization(Policies.ReadAll)
            .WithSummary("考核排名 in Excel: every lead unit's final score (confirmed after its self-assessment, else the scheme's) with every point and where it came from");
        exports.MapGet("/template.xlsx", TemplateAsync).RequireAuthorization(Policies.Report)
            .WithSummary("The caller's unit's offline report template for a period (2022-09 or 2022Q3)");
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> LedgerAsync(
        int? plan, DateOnly? asOf, LedgerReads reads, LedgerClock clock, Ledger ledger, CancellationToken ct)
    {
        if (await reads.PlanAsync(plan, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var day = asOf ?? clock.Today;
        using var buffer = new MemoryStream();
        var written = await LedgerWorkbook.WriteAsync(ledger, found.Id, day, buffer, ct);
        return written.Succeeded
            ? TypedResults.File(buffer.ToArray(), Xlsx, $"{found.Region}{found.Year}年台账-{day:yyyyMMdd}.xlsx")
            : ApiResults.Refused(written.Error!);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ClosingReportAsync(
        int? plan, LedgerReads reads, LedgerClock clock, Ledger ledger, CancellationToken ct)
    {
        if (await reads.PlanAsync(plan, ct) is not { } found || await reads.ClosingAsync(found.Id, ct) is not { } reading)
        {
            return TypedResults.NotFound();
        }

        using var buffer = new MemoryStream();
        Luoshi.Documents.Closing.ClosingReportWriter.Write(reading, clock.Today, buffer, await ledger.Closing.RankAsync(found.Id, ct), await reads.OriginsAsync(found.Id, ct));
        return TypedResults.File(buffer.ToArray(), Docx, $"{found.Region}{found.Year}年度落实情况报告.docx");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ClosingWorkbookAsync(int? plan, LedgerReads reads, CancellationToken ct)
    {
        if (await reads.PlanAsync(plan, ct) is not { } found || await reads.ClosingAsync(found.Id, ct) is not { } reading)
        {
            return TypedResults.NotFound();
        }

        using var buffer = new MemoryStream();
        await Luoshi.Documents.Closing.ClosingWorkbook.WriteAsync(reading, buffer, await reads.OriginsAsync(found.Id, ct), ct);
        return TypedResults.File(buffer.ToArray(), Xlsx, $"{found.Region}{found.Year}年底交账台账.xlsx");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> RankingAsync(int? plan, LedgerReads reads, Ledger ledger, CancellationToken ct)
    {
        if (await reads.PlanAsync(plan, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        using var buffer = new MemoryStream();
        var written = await Luoshi.Documents.Closing.RankingWorkbook.WriteAsync(ledger, found.Id, buffer, ct);
        return written.Succeeded ? TypedResults.File(buffer.ToArray(), Xlsx, $"{found.Region}{found.Year}年度考核排名.xlsx") : TypedResults.NotFound();
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> NoticeAsync(
        int? plan, string? period, string? number, LedgerReads reads, Ledger ledger, CancellationToken ct)
    {
        if (await reads.PlanAsync(plan, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        // The optional 文号, one line of a code's length.
        var documentNumber = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        if (documentNumber is not null && Domain.Values.TextRules.Line(documentNumber, Domain.Values.TextRules.Code) is { } wrong)
        {
            return ApiResults.Invalid(wrong, "number");
        }

        var (span, error) = NoticePeriod.Parse(period ?? "", found);
        if (span is null)
        {
            return ApiResults.Invalid(error!.Value, "period");
        }

        var notice = await NoticeReader.ReadAsync(ledger, found, span, ct: ct) with { DocumentNumber = documentNumber };
        using var buffer = new MemoryStream();
        NoticeWriter.Write(notice, buffer);
        return TypedResults.File(buffer.ToArray(), Docx, $"{found.Region}{found.Year}年{period}通报.docx");
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> AssignmentAsync(
        int? plan, string? unit, ClaimsPrincipal user, LedgerReads reads, LedgerClock clock, Ledger ledger, CancellationToken ct)
    {
        if (await reads.PlanAsync(plan, ct) is not { } found || await reads.ReadingAsync(found.Id, clock.Today, ct) is not { } reading)
        {
            return TypedResults.NotFound();
        }

        var name = string.IsNullOrWhiteSpace(unit) ? user.UnitName() : unit.Trim();
        var known = (await reads.UnitsAsync(ct)).FirstOrDefault(u => u.Name == name || u.Aliases.Contains(name ?? "", StringComparer.Ordinal));
        if (known is null)
        {
            return ApiResults.Invalid(Domain.Wording.Catalogue.Lifecycle.UnknownUnit(name ?? ""), "unit");
        }

        if (!UnitScope.MayRead(user, known.Name))
        {
            return ApiResults.Refused(new Domain.Wording.Problem(Domain.Wording.Catalogue.Lifecycle.OnlyOwnAssignment, Domain.Wording.Place.OfField("unit"), Domain.Wording.ProblemKind.Forbidden));
        }

        var limits = await ledger.Lifecycle.LimitsAsync(ct);
        var notice = AssignmentNotice.Of(reading, known.Name, limits.SignWorkingDays);
        using var buffer = new MemoryStream();
        AssignmentNoticeWriter.Write(notice, buffer);
        return TypedResults.File(buffer.ToArray(), Docx, $"{found.Region}{found.Year}年交办单-{known.Name}.docx");
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> TemplateAsync(
        int? plan, string? period, ClaimsPrincipal user, LedgerReads reads, Ledger ledger, CancellationToken ct)
    {
        if (await reads.PlanAsync(plan, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var unit = user.UnitName()!;
        using var buffer = new MemoryStream();
        var written = await ReportTemplate.WriteAsync(ledger, found.Id, unit, period ?? "", buffer, ct);
        return written.Succeeded
            ? TypedResults.File(buffer.ToArray(), Xlsx, $"{unit}-{period}-填报表.xlsx")
            : ApiResults.Refused(written.Error!);
    }
}
