using Luoshi.Domain.Access;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Attachments;

/// <summary>Reads attachments: their metadata for a list, their content only when one file is asked for.</summary>
internal static class AttachmentQueries
{
    public static async Task<IReadOnlyList<Attachment>> ListAsync(LedgerDbContext db, int reportId, CancellationToken ct) =>
        await db.Attachments.AsNoTracking().Where(a => a.ReportId == reportId).OrderBy(a => a.Id).ToListAsync(ct).ConfigureAwait(false);

    public static async Task<(Attachment Attachment, byte[] Content)?> FindAsync(LedgerDbContext db, int attachmentId, CancellationToken ct)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, ct).ConfigureAwait(false);
        if (attachment is null)
        {
            return null;
        }

        var content = await db.AttachmentContents.AsNoTracking().Where(c => c.AttachmentId == attachmentId)
            .Select(c => c.Content).SingleAsync(ct).ConfigureAwait(false);
        return (attachment, content);
    }
}
