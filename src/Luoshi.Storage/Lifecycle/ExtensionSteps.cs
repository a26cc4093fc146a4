using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>延期申请 and its decision: one request waits at a time; a granted one moves the task's deadline and the
/// original stays on the request (and on the lifecycle row) to be shown beside it.</summary>
internal static class ExtensionSteps
{
    public static async Task<Problem?> RequestAsync(LifecycleContext c, DateOnly proposed, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.ExtensionReason), "reason");
        }

        if (await PendingAsync(c, ct).ConfigureAwait(false) is { } waiting)
        {
            return new Problem(Catalogue.Lifecycle.ExtensionPending(waiting.RequestedOn), Place.OfField("deadline"), ProblemKind.Conflict);
        }

        if (proposed <= c.Task.Deadline)
        {
            return Refuse.Invalid(Catalogue.Lifecycle.ExtensionNotLater(proposed, c.Task.Deadline), "deadline");
        }

        c.Db.Extensions.Add(new ExtensionRow
        {
            TaskId = c.Task.Id, RequestedOn = c.Today, Reason = reason.Trim(), OriginalDeadline = c.Task.Deadline,
            ProposedDeadline = proposed, State = ExtensionState.Requested,
        });
        return null;
    }

    public static async Task<Problem?> DecideAsync(LifecycleContext c, bool grant, string? note, CancellationToken ct)
    {
        var request = await PendingAsync(c, ct).ConfigureAwait(false);
        if (request is null)
        {
            return new Problem(Catalogue.Lifecycle.NoExtensionPending, Kind: ProblemKind.Conflict);
        }

        if (!grant && string.IsNullOrWhiteSpace(note))
        {
            return Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.ReturnReason), "reason");
        }

        request.State = grant ? ExtensionState.Granted : ExtensionState.Refused;
        request.DecidedOn = c.Today;
        request.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (grant)
        {
            // The task's deadline is the one in force; the original stays on the lifecycle row and the request.
            var task = await c.Db.Tasks.SingleAsync(t => t.Id == c.Task.Id, ct).ConfigureAwait(false);
            task.Deadline = request.ProposedDeadline;
        }

        return null;
    }

    private static Task<ExtensionRow?> PendingAsync(LifecycleContext c, CancellationToken ct) =>
        c.Db.Extensions.SingleOrDefaultAsync(e => e.TaskId == c.Task.Id && e.State == ExtensionState.Requested, ct);
}
