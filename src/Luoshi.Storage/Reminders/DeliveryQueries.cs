using Luoshi.Domain.Reminders;
using Luoshi.Storage.Reminders.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>The delivery log and the inboxes.</summary>
internal static class DeliveryQueries
{
    private static readonly string Inbox = nameof(ReminderChannel.Inbox);

    public static async Task<IReadOnlyList<Delivery>> LogAsync(LedgerDbContext db, int limit, string? state, CancellationToken ct) =>
        await db.Deliveries.AsNoTracking().Where(d => state == null || d.State == state)
            .OrderByDescending(d => d.Id).Take(limit).ToListAsync(ct).ConfigureAwait(false);

    public static async Task<IReadOnlyList<DeliveryAttempt>> AttemptsAsync(LedgerDbContext db, long deliveryId, CancellationToken ct) =>
        await db.DeliveryAttempts.AsNoTracking().Where(a => a.DeliveryId == deliveryId).OrderBy(a => a.Number).ToListAsync(ct).ConfigureAwait(false);

    public static async Task<IReadOnlyList<InboxMessage>> InboxAsync(LedgerDbContext db, string unit, string login, int limit, CancellationToken ct)
    {
        var messages = await db.Deliveries.AsNoTracking().Where(d => d.Channel == Inbox && d.Unit == unit)
            .OrderByDescending(d => d.Id).Take(limit).ToListAsync(ct).ConfigureAwait(false);
        var ids = messages.Select(m => m.Id).ToList();
        var reads = await db.InboxReads.AsNoTracking().Where(r => r.Login == login && ids.Contains(r.DeliveryId))
            .ToDictionaryAsync(r => r.DeliveryId, r => r.At, ct).ConfigureAwait(false);
        return [.. messages.Select(m => new InboxMessage(m, reads.TryGetValue(m.Id, out var at) ? at : null))];
    }

    public static async Task<int> UnreadAsync(LedgerDbContext db, string unit, string login, CancellationToken ct) =>
        await db.Deliveries.CountAsync(
            d => d.Channel == Inbox && d.Unit == unit && !db.InboxReads.Any(r => r.DeliveryId == d.Id && r.Login == login), ct).ConfigureAwait(false);

    /// <summary>Opens a message of <paramref name="unit"/>'s inbox, recording 已读 for <paramref name="login"/> the
    /// first time; null when the unit has no such message (another unit's is not found either).</summary>
    public static Task<InboxMessage?> OpenAsync(StoreSession session, long id, string unit, string login, CancellationToken ct) =>
        session.WriteAsync<InboxMessage?>(
            async (db, token) =>
            {
                var message = await db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.Channel == Inbox && d.Unit == unit, token).ConfigureAwait(false);
                if (message is null)
                {
                    return null;
                }

                var read = await db.InboxReads.AsNoTracking().SingleOrDefaultAsync(r => r.DeliveryId == id && r.Login == login, token).ConfigureAwait(false);
                if (read is null)
                {
                    db.InboxReads.Add(read = new InboxReadRow { DeliveryId = id, Login = login, At = session.Now });
                    Audit.AuditLog.Add(db, session, "inbox.read", Audit.AuditEntities.Reminder, id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new { unit });
                    await db.SaveChangesAsync(token).ConfigureAwait(false);
                }

                return new InboxMessage(message, read.At);
            },
            result => result is not null,
            ct);
}
