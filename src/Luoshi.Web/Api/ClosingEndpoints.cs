using System.Security.Claims;
using Luoshi.Domain.Access;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Web.Access;
using Luoshi.Domain.Attachments;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>The year-end closing (年底交账): the plan's account, opening it, and the steps on a task's account. Who may
/// take a step is decided by the ledger from the caller's role and unit (ClosingRules); a refusal is a problem document.</summary>
internal static class ClosingEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:int}/closing", ReadAsync).WithSummary("The year's account: every task's result, targets' finals and evidence (a reporter sees its unit's tasks)");
        api.MapPost("/plans/{planId:int}/closing/open", OpenAsync).Changes(Policies.SignedIn).WithSummary("The office opens the year-end closing, optionally with its tolerances");
        api.MapPost("/plans/{planId:int}/closing/tasks/{code}/{step}", StepAsync).Changes(Policies.SignedIn)
            .WithSummary("Takes a closing step on a task's account: submit, return, confirm, correct");
        api.MapPost("/plans/{planId:int}/closing/tasks/{code}/files", AttachAsync).Changes(Policies.SignedIn)
            .WithSummary("The lead unit attaches an evidence file (the request body, its name in ?name=) while the account is pending or returned");
        api.MapDelete("/plans/{planId:int}/closing/tasks/{code}/files/{id:int}", DetachAsync).Changes(Policies.SignedIn)
            .WithSummary("The lead unit removes an evidence file while the account is pending or returned");
    }

    /// <summary>The file is the raw body (not a multipart form): the API is called by programs with a token, and one
    /// file per request keeps the size limit and the refusal about that one file.</summary>
    private static async Task<Results<Created<Attachment>, ProblemHttpResult>> AttachAsync(
        int planId, string code, string? name, HttpRequest request, ClaimsPrincipal user, UserLedger ledger, WebSettings settings, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ApiResults.Invalid(Catalogue.Closing.NoFileChosen, "name");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var (type, error) = AttachmentRules.Check(name, content, settings.MaxAttachmentBytes);
        if (error is { } refused)
        {
            return ApiResults.Invalid(refused, "file");
        }

        var added = await ledger.OnToday.Closing.AttachAsync(planId, code, LifecycleEndpoints.Actor(user), AttachmentRules.SafeName(name), type!, content, ct);
        return added.Succeeded ? TypedResults.Created($"/attachments/{added.Value!.Id}", added.Value) : ApiResults.Refused(added.Error!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DetachAsync(
        int planId, string code, int id, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var result = await ledger.OnToday.Closing.DetachAsync(planId, code, LifecycleEndpoints.Actor(user), id, ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }

    private static async Task<Results<Ok<ClosingView>, NotFound>> ReadAsync(int planId, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        if (await ledger.Value.Closing.ReadAsync(planId, ct) is not { } reading)
        {
            return TypedResults.NotFound();
        }

        var view = ClosingView.Of(reading);
        var actor = LifecycleEndpoints.Actor(user);
        // A reporter sees the tasks its unit is part of; a supporting unit sees the account but not the lead unit's files.
        return TypedResults.Ok(view with
        {
            Tasks = [.. view.Tasks.Where(t => user.ReadsAll() || reading.Task(t.Task)!.Reading.Involves(user.UnitName() ?? ""))
                .Select(t => ClosingRules.MayReadFiles(TaskRoles.Of(actor.Role, actor.Unit, reading.Task(t.Task)!.Reading.Task)) ? t : t.WithoutFiles())],
        });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> OpenAsync(
        int planId, ClosingTolerances? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var result = await ledger.OnToday.Closing.OpenAsync(planId, LifecycleEndpoints.Actor(user), body, ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StepAsync(
        int planId, string code, string step, ClosingBody? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        if (ClosingActions.Parse(step) is not { } known)
        {
            return ApiResults.Refused(new Problem(Catalogue.Closing.UnknownStep(step), Place.OfField("step"), ProblemKind.NotFound));
        }

        var result = await ClosingActions.TakeAsync(ledger.OnToday.Closing, planId, code, LifecycleEndpoints.Actor(user), known, body ?? new ClosingBody(), ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }
}
