using System.Text.Json;
using System.Text.Json.Serialization;
using Luoshi.Domain.Reminders;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Reminders.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>The office's reminder rules: read (the defaults until set) and set, checked and audited.</summary>
internal static class RulesStore
{
    private static readonly JsonSerializerOptions Json = new(JsonColumn.Options) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<ReminderRules> ReadAsync(LedgerDbContext db, CancellationToken ct) =>
        await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(ct).ConfigureAwait(false) is { } row
            ? (JsonSerializer.Deserialize<ReminderRules>(row.Rules, Json) ?? ReminderRules.Default).WithEveryKind()
            : ReminderRules.Default;

    public static Task<StoreResult> SetAsync(StoreSession session, ReminderRules rules, CancellationToken ct)
    {
        if (rules.Check() is [var first, ..])
        {
            return Task.FromResult(StoreResult.Fail(first));
        }

        return session.WriteAsync(
            async (db, token) =>
            {
                var row = await db.ReminderSettings.SingleOrDefaultAsync(token).ConfigureAwait(false);
                var before = row?.Rules;
                var after = JsonSerializer.Serialize(rules, Json);
                if (row is null)
                {
                    db.ReminderSettings.Add(new ReminderSettingsRow { Rules = after });
                }
                else
                {
                    row.Rules = after;
                }

                AuditLog.AddJson(db, session, "reminder-rules.set", AuditEntities.Reminder, "rules", before, after);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);
    }
}
