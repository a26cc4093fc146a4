using Luoshi.Domain.Access;
using Luoshi.Domain.Attachments;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Attachments;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Closing;

/// <summary>Evidence files of a task's year-end account, kept in the one attachment store. Attaching and removing are
/// closing steps (ClosingWrite): the lead unit, while the account is 未报送 or 已退回, the closing open — so a submitted
/// account shows the office what the unit sent and a confirmed one is frozen with its files.</summary>
internal static class ClosingEvidence
{
    public static async Task<StoreResult<Attachment>> AttachAsync(
        StoreSession session, int planId, string taskCode, LifecycleActor actor, string fileName, string contentType, byte[] content, CancellationToken ct)
    {
        Attachment? added = null;
        var result = await ClosingWrite.RunAsync(session, planId, taskCode, actor, ClosingStep.Attach, async (c, token) =>
        {
            var name = AttachmentRules.StoredName(fileName);
            if (AttachmentRules.StoreRefusal(name, contentType, content) is { } bad)
            {
                return bad;
            }

            // The first file may come before the first submission: the account row is made here, still 未报送.
            if (c.Row is null)
            {
                c.Row = ClosingSteps.NewRow(c);
                await c.Db.SaveChangesAsync(token).ConfigureAwait(false);
            }

            added = await AttachmentUpload.StoreAsync(c.Db, c.Session, new Attachment
            {
                ClosingAccountId = c.Row.Id, FileName = name, ContentType = contentType.Trim(), Sha256 = "", UploadedBy = c.Session.Actor,
            }, content, token).ConfigureAwait(false);
            return null;
        }, ct).ConfigureAwait(false);
        return result.Succeeded ? StoreResults.Ok(added!) : StoreResults.Fail<Attachment>(result.Error!);
    }

    public static Task<StoreResult> DetachAsync(StoreSession session, int planId, string taskCode, LifecycleActor actor, int attachmentId, CancellationToken ct) =>
        ClosingWrite.RunAsync(session, planId, taskCode, actor, ClosingStep.Detach, async (c, token) =>
        {
            var file = c.Row is null ? null
                : await c.Db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.ClosingAccountId == c.Row.Id, token).ConfigureAwait(false);
            if (file is null)
            {
                return new Problem(Catalogue.Closing.NoSuchFile(attachmentId), Place.OfField("file"), ProblemKind.NotFound);
            }

            await AttachmentUpload.RemoveAsync(c.Db, c.Session, file, token).ConfigureAwait(false);
            return null;
        }, ct);

    /// <summary>A closing account's file and its content for <paramref name="actor"/>, or null when there is none or the
    /// actor may not read it (ClosingRules.MayReadFiles) — the same answer, so a file's existence is not given away.</summary>
    public static async Task<(Attachment Attachment, byte[] Content)?> FindAsync(LedgerDbContext db, int attachmentId, LifecycleActor actor, CancellationToken ct)
    {
        var task = await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Join(db.ClosingAccounts, a => a.ClosingAccountId, r => (int?)r.Id, (a, r) => r.TaskId)
            .Join(db.Tasks, id => id, t => t.Id, (_, t) => t).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return task is null || !ClosingRules.MayReadFiles(TaskRoles.Of(actor.Role, actor.Unit, task)) ? null
            : await AttachmentQueries.FindAsync(db, attachmentId, ct).ConfigureAwait(false);
    }

    /// <summary>The files of every account of one plan or all, by account, in upload order.</summary>
    public static async Task<ILookup<int, Attachment>> ByAccountAsync(LedgerDbContext db, IReadOnlyCollection<int> accountIds, CancellationToken ct) =>
        (await db.Attachments.AsNoTracking().Where(a => a.ClosingAccountId != null && accountIds.Contains(a.ClosingAccountId.Value))
            .OrderBy(a => a.Id).ToListAsync(ct).ConfigureAwait(false)).ToLookup(a => a.ClosingAccountId!.Value);
}
