using System.Globalization;
using System.Security.Claims;
using Luoshi.Domain.Access;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Reading;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Lifecycle;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Luoshi.Web.Api;

/// <summary>Every task's status, the lifecycle steps of a task, and items from other sources. Who may take a step is
/// decided by the ledger from the caller's role and unit (one place); a refusal is a problem document.</summary>
internal static class LifecycleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:int}/task-statuses", StatusesAsync).WithSummary("Every task's status as of a day (a reporter sees its unit's tasks)");
        api.MapPost("/plans/{planId:int}/tasks/{code}/steps/{step}", StepAsync).Changes(Policies.SignedIn)
            .WithSummary("Takes a lifecycle step: assign, sign, propose-milestones, approve-milestones, return-milestones, complete-milestone, request-close, approve-close, return-close, request-extension, grant-extension, refuse-extension, issue-notice, answer-notice");
        api.MapGet("/items", ItemsAsync)
            .WithSummary("Items from other sources (批示件, 会议议定事项, 上级交办, 人大建议, 政协提案), optionally of one source");
        api.MapPost("/items", CreateItemAsync).Changes(Policies.RunLedger).WithSummary("Puts an item under supervision (numbered 2022-批示-015)");
        api.MapPut("/items/{number}", UpdateItemAsync).Changes(Policies.RunLedger).WithSummary("Changes an item's title, source document, leader, lead unit or due day");
        api.MapPost("/items/import", ImportItemsAsync).Changes(Policies.RunLedger)
            .WithSummary("Puts every item of a CSV or xlsx file (the request body; ?name= the file's name) under supervision, or none: every refusal at its line and column");
        api.MapPost("/items/{number}/steps/{step}", ItemStepAsync).Changes(Policies.SignedIn).WithSummary("Takes a step on an item: sign, request-close, approve-close, return-close");
    }

    /// <summary>The caller as a lifecycle actor: its role and, for a reporter, its unit.</summary>
    public static LifecycleActor Actor(ClaimsPrincipal user) => new(user.Role() ?? AccountRole.DataFeed, user.UnitName());

    private static async Task<Results<Ok<TasksDocument>, NotFound>> StatusesAsync(
        int planId, DateOnly? asOf, ClaimsPrincipal user, LedgerReads reads, LedgerClock clock, CancellationToken ct)
    {
        var day = asOf ?? clock.Today;
        if (await reads.PlanAsync(planId, ct) is null || await reads.ReadingAsync(planId, day, ct) is not { } reading)
        {
            return TypedResults.NotFound();
        }

        var tasks = reading.Tasks.Where(t => user.ReadsAll() || t.Involves(user.UnitName() ?? "")).ToList();
        return TypedResults.Ok(new TasksDocument(
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            tasks.GroupBy(t => t.Status.Kind).OrderBy(g => g.Key).ToDictionary(g => TaskStatusKey.Of(g.Key), g => g.Count()),
            [.. tasks.Select(t => TaskStatusView.Of(t, day))]));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StepAsync(
        int planId, string code, string step, StepBody? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        if (LifecycleSteps.Parse(step) is not { } known)
        {
            return ApiResults.Refused(new Problem(Catalogue.Lifecycle.UnknownStep(step), Place.OfField("step"), ProblemKind.NotFound));
        }

        var result = await LifecycleSteps.TakeAsync(ledger.OnToday.Lifecycle, planId, code, Actor(user), known, body ?? new StepBody(), ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }

    // The source is named as in JSON (cppcc_proposal), in the numbering (提案) or in full (政协提案).
    private static async Task<Results<Ok<List<SupervisionItem>>, ProblemHttpResult>> ItemsAsync(
        string? source, Ledger ledger, ClaimsPrincipal user, CancellationToken ct)
    {
        ItemSource? of = null;
        if (!string.IsNullOrEmpty(source))
        {
            of = ItemNumbers.Parse(source.Replace("_", "", StringComparison.Ordinal));
            if (of is null)
            {
                return ApiResults.Refused(new Problem(Catalogue.Lifecycle.UnknownSource(source), Place.OfField("source")));
            }
        }

        return TypedResults.Ok((await ledger.Lifecycle.ListItemsAsync(of, ct)).Where(i => UnitScope.MayRead(user, i.LeadUnit)).ToList());
    }

    private static async Task<Results<Created<string>, ProblemHttpResult>> CreateItemAsync(ItemBody body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var item = new NewItem(body.Source, body.Year, body.Title ?? "", body.SourceDocument ?? "", body.Leader, body.LeadUnit ?? "", body.Due);
        var result = await ledger.OnToday.Lifecycle.CreateItemAsync(Actor(user), item, ct);
        return result.Succeeded ? TypedResults.Created($"/api/items/{Uri.EscapeDataString(result.Value!)}", result.Value!) : ApiResults.Refused(result.Error!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UpdateItemAsync(string number, ItemChangeBody body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        var change = new ItemChange(body.Title ?? "", body.SourceDocument, body.Leader, body.LeadUnit ?? "", body.Due);
        var result = await ledger.OnToday.Lifecycle.UpdateItemAsync(Actor(user), number, change, ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }

    private static async Task<Results<Ok<ImportedBody>, ProblemHttpResult>> ImportItemsAsync(
        string? name, HttpRequest request, ClaimsPrincipal user, UserLedger ledger, WebSettings settings, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0 || buffer.Length > settings.MaxAttachmentBytes)
        {
            return ApiResults.Refused(new Problem(Catalogue.Forms.ChooseFile(settings.MaxAttachmentBytes / (1024 * 1024)), Place.OfField("file")));
        }

        var file = new Storage.Villages.VillageFile(string.IsNullOrWhiteSpace(name) ? "items.csv" : Path.GetFileName(name), buffer.ToArray());
        var result = await ledger.OnToday.Lifecycle.ImportItemsAsync(Actor(user), file, ct);
        return result.Succeeded ? TypedResults.Ok(new ImportedBody(result.Rows)) : ApiResults.Refused(result.Errors);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ItemStepAsync(
        string number, string step, StepBody? body, ClaimsPrincipal user, UserLedger ledger, CancellationToken ct)
    {
        if (LifecycleSteps.Parse(step) is not { } known)
        {
            return ApiResults.Refused(new Problem(Catalogue.Lifecycle.UnknownStep(step), Place.OfField("step"), ProblemKind.NotFound));
        }

        var text = known == LifecycleStep.ReturnClose ? body?.Reason : body?.Text;
        var result = await ledger.OnToday.Lifecycle.StepItemAsync(number, Actor(user), known, text, body?.Satisfaction, ct);
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refused(result.Error!);
    }
}
