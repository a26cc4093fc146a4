using System.Globalization;
using System.Security.Cryptography;
using Luoshi.Domain.Access;
using Luoshi.Domain.Attachments;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Attachments;

/// <summary>Attaches a file to a report while its unit may still change it (a draft or a returned report): evidence
/// added after submission would change what the office reviewed. The store and audit are shared (the checks are the domain's AttachmentRules) with a task's
/// year-end account (Closing.ClosingEvidence), which decides for itself who may attach when.</summary>
internal static class AttachmentUpload
{
    public static Task<StoreResult<Attachment>> RunAsync(
        StoreSession session, int reportId, string fileName, string contentType, byte[] content, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var state = await db.Reports.Where(r => r.Id == reportId).Select(r => (ReportState?)r.State)
                    .SingleOrDefaultAsync(token).ConfigureAwait(false);
                var name = AttachmentRules.StoredName(fileName);
                if (Check(reportId, state, name, contentType, content) is { } error)
                {
                    return StoreResults.Fail<Attachment>(error);
                }

                var attachment = new Attachment { ReportId = reportId, FileName = name, ContentType = contentType.Trim(), Sha256 = "", UploadedBy = session.Actor };
                return StoreResults.Ok(await StoreAsync(db, session, attachment, content, token).ConfigureAwait(false));
            },
            result => result.Succeeded,
            ct);

    /// <summary>Stores <paramref name="attachment"/> (its owner set) with its content, size, hash and time, audited as
    /// attachment.add — the one way a file enters the store, whichever record owns it.</summary>
    public static async Task<Attachment> StoreAsync(LedgerDbContext db, StoreSession session, Attachment attachment, byte[] content, CancellationToken ct)
    {
        attachment.Size = content.LongLength;
        attachment.Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        attachment.UploadedAt = session.Now;
        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.AttachmentContents.Add(new AttachmentContent { AttachmentId = attachment.Id, Content = content });
        AuditLog.Add(db, session, "attachment.add", AuditEntities.Attachment,
            attachment.Id.ToString(CultureInfo.InvariantCulture), null, attachment);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return attachment;
    }

    /// <summary>Takes a file and its content out of the store, audited as attachment.remove with what it was.</summary>
    public static async Task RemoveAsync(LedgerDbContext db, StoreSession session, Attachment attachment, CancellationToken ct)
    {
        await db.AttachmentContents.Where(c => c.AttachmentId == attachment.Id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        db.Attachments.Remove(attachment);
        AuditLog.Add(db, session, "attachment.remove", AuditEntities.Attachment,
            attachment.Id.ToString(CultureInfo.InvariantCulture), attachment, null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static Problem? Check(int reportId, ReportState? state, string name, string? contentType, byte[]? content)
    {
        if (state is not { } found)
        {
            return Catalogue.Reports.NoReport(reportId) with { Place = Place.OfField("report") };
        }

        return !ReportWorkflow.IsEditable(found)
            ? new Problem(Catalogue.Reports.AttachOnlyEditable(found), Place.OfField("report"), ProblemKind.Conflict)
            : AttachmentRules.StoreRefusal(name, contentType, content);
    }
}
