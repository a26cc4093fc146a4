using System.Globalization;
using System.Security.Cryptography;
using Luoshi.Domain.Access;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Attachments;

/// <summary>Attaches a file to a report while its unit may still change it (a draft or a returned report): evidence
/// added after submission would change what the office reviewed.</summary>
internal static class AttachmentUpload
{
    /// <summary>The largest file accepted; bigger evidence belongs in the document system, referenced by number.</summary>
    public const int MaxSize = 25 * 1024 * 1024;

    private const int MaxNameLength = 255;

    public static Task<StoreResult<Attachment>> RunAsync(
        StoreSession session, int reportId, string fileName, string contentType, byte[] content, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var state = await db.Reports.Where(r => r.Id == reportId).Select(r => (ReportState?)r.State)
                    .SingleOrDefaultAsync(token).ConfigureAwait(false);
                var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
                if (Check(reportId, state, name, contentType, content) is { } error)
                {
                    return StoreResults.Fail<Attachment>(error);
                }

                var attachment = new Attachment
                {
                    ReportId = reportId,
                    FileName = name,
                    ContentType = contentType.Trim(),
                    Size = content.LongLength,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                    UploadedBy = session.Actor,
                    UploadedAt = session.Now,
                };
                db.Attachments.Add(attachment);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                db.AttachmentContents.Add(new AttachmentContent { AttachmentId = attachment.Id, Content = content });
                AuditLog.Add(db, session, "attachment.add", AuditEntities.Attachment,
                    attachment.Id.ToString(CultureInfo.InvariantCulture), null, attachment);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResults.Ok(attachment);
            },
            result => result.Succeeded,
            ct);

    private static Problem? Check(int reportId, ReportState? state, string name, string? contentType, byte[]? content)
    {
        if (state is not { } found)
        {
            return Catalogue.Reports.NoReport(reportId) with { Place = Place.OfField("report") };
        }

        if (!ReportWorkflow.IsEditable(found))
        {
            return new Problem(Catalogue.Reports.AttachOnlyEditable(found), Place.OfField("report"), ProblemKind.Conflict);
        }

        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            return new Problem(Catalogue.Attachments.FileName(MaxNameLength), Place.OfField("file"));
        }

        if (string.IsNullOrWhiteSpace(contentType))
        {
            return new Problem(Catalogue.Attachments.MediaType, Place.OfField("content type"));
        }

        return content is null || content.Length == 0 ? new Problem(Catalogue.Attachments.Empty, Place.OfField("file"))
            : content.Length > MaxSize ? new Problem(Catalogue.Attachments.TooLarge(content.Length, MaxSize), Place.OfField("file"), ProblemKind.TooLarge)
            : null;
    }
}
