using Luoshi.Domain.Reminders;
using Luoshi.Storage.Reminders.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>The stored contact list.</summary>
internal static class ContactStore
{
    public static Contact ToContact(ContactRow row) => new(
        row.Unit, row.Name, ContactRoles.Parse(row.Role) ?? RecipientRole.Contact, row.Email, row.Mobile, row.DingTalk, row.WeCom, row.Feishu, row.Sms);

    public static async Task<IReadOnlyList<Contact>> ListAsync(LedgerDbContext db, CancellationToken ct) =>
        [.. (await db.ReminderContacts.AsNoTracking().OrderBy(c => c.Unit).ThenBy(c => c.Role).ThenBy(c => c.Name).ToListAsync(ct).ConfigureAwait(false))
            .Select(ToContact)];
}
