using System.Security.Claims;
using Luoshi.Storage;
using Luoshi.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Luoshi.Web.Api;

/// <summary>Downloads an attachment for whoever may read its report (or, for a year-end account's file, the office,
/// leaders and the task's lead unit; ClosingRules.MayReadFiles): always as a download with the type stored at
/// upload (never HTML), and a policy that lets nothing in it run.</summary>
internal static class AttachmentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/attachments/{id:int}", DownloadAsync).RequireAuthorization(Policies.SignedIn).WithTags("ledger").WithSummary("Downloads a report's attachment");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int id, ClaimsPrincipal user, Ledger ledger, HttpResponse response, CancellationToken ct)
    {
        if (await ledger.FindAttachmentAsync(id, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        if (found.Attachment.ReportId is { } reportId)
        {
            var report = await ledger.FindReportAsync(reportId, ct);
            if (report is null || !UnitScope.MayRead(user, report.Unit))
            {
                return TypedResults.NotFound();
            }
        }
        else if (await ledger.Closing.FileAsync(id, LifecycleEndpoints.Actor(user), ct) is null)
        {
            return TypedResults.NotFound();
        }

        response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return TypedResults.File(found.Content, found.Attachment.ContentType, found.Attachment.FileName);
    }
}
