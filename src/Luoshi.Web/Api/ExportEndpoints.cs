using System.Security.Claims;
using Luoshi.Documents.Excel;
using Luoshi.Documents.Ledger;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>Office files as downloads: the ledger (台账) workbook for those who read the whole ledger, a unit's offline
/// report template for its own reporters. The same writers as <c>luoshi export</c>.</summary>
internal static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports").WithTags("exports");
        exports.MapGet("/ledger.xlsx", LedgerAsync).RequireAuthorization(Policies.ReadAll)
            .WithSummary("The ledger (台账) of a plan as an Excel workbook: every target's value and status per period");
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
