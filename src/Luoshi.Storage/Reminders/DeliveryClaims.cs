using System.Data.Common;
using System.Globalization;
using System.Text;
using Luoshi.Domain.Reminders;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.Reminders;

/// <summary>Claims deliveries by storing them before anything is sent: the unique key lets exactly one run — this one,
/// a rerun, another instance — store each, and only the run that stored it sends it. An inbox delivery is the message
/// itself, so storing it is sending it. A pending delivery whose run stopped is taken over when its lease ends.</summary>
internal static class DeliveryClaims
{
    private const int PerCommand = 100;

    private static readonly string[] Columns =
    [
        "key", "plan_id", "task_code", "unit", "stage", "recipient", "role", "channel", "address", "title", "body", "link", "due",
        "state", "attempts", "created_at", "owner", "lease_until", "sent_at",
    ];

    /// <summary>Stores those of <paramref name="deliveries"/> not stored yet and returns them with their ids.</summary>
    public static async Task<IReadOnlyList<Delivery>> ClaimAsync(
        StoreSession session, IReadOnlyList<Delivery> deliveries, string owner, TimeSpan lease, CancellationToken ct)
    {
        var now = session.Now;
        foreach (var d in deliveries)
        {
            var inbox = d.Channel == nameof(ReminderChannel.Inbox);
            (d.State, d.Attempts, d.SentAt) = inbox ? (DeliveryStates.Sent, 1, now) : (DeliveryStates.Pending, 0, (DateTimeOffset?)null);
            (d.Owner, d.LeaseUntil) = inbox ? ((string?)null, (DateTimeOffset?)null) : (owner, now + lease);
        }

        var claimed = new List<Delivery>();
        await using var db = session.NewContext();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        foreach (var chunk in deliveries.Chunk(PerCommand))
        {
            var byKey = chunk.ToDictionary(d => d.Key, StringComparer.Ordinal);
            var mine = new List<Delivery>();
            await DeliveryTransactions.RunAsync(db, async token =>
            {
                mine.Clear();
                await using (var command = Insert(db, db.Database.CurrentTransaction!.GetDbTransaction(), chunk))
                await using (var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(token).ConfigureAwait(false))
                    {
                        var d = byKey[reader.GetString(1)];
                        d.Id = reader.GetInt64(0);
                        mine.Add(d);
                    }
                }

                db.DeliveryAttempts.AddRange(mine.Where(d => d.State == DeliveryStates.Sent)
                    .Select(d => new DeliveryAttempt { DeliveryId = d.Id, Number = 1, At = now, Result = DeliveryStates.Sent }));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
            }, ct).ConfigureAwait(false);
            claimed.AddRange(mine);
        }

        return claimed;
    }

    /// <summary>Takes over the pending deliveries whose lease has ended (their run stopped), for <paramref name="owner"/>.</summary>
    public static async Task<IReadOnlyList<Delivery>> TakeOverAsync(StoreSession session, string owner, TimeSpan lease, CancellationToken ct)
    {
        await using var db = session.NewContext();
        var ids = new List<long>();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = "UPDATE reminder_deliveries SET owner = @owner, lease_until = @lease "
                + "WHERE state = 'pending' AND lease_until < @now RETURNING id";
            Add(command, "@owner", owner);
            Add(command, "@lease", session.Now + lease);
            Add(command, "@now", session.Now);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        return ids.Count == 0 ? [] : await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(ct).ConfigureAwait(false);
    }

    private static DbCommand Insert(LedgerDbContext db, DbTransaction transaction, Delivery[] chunk)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO reminder_deliveries ({string.Join(", ", Columns)}) VALUES ");
        for (var r = 0; r < chunk.Length; r++)
        {
            var d = chunk[r];
            object?[] values =
            [
                d.Key, d.PlanId, d.TaskCode, d.Unit, d.Stage, d.Recipient, d.Role, d.Channel, d.Address, d.Title, d.Body, d.Link, d.Due,
                d.State, d.Attempts, d.CreatedAt, d.Owner, d.LeaseUntil, d.SentAt,
            ];
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < values.Length; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                sql.Append(c == 0 ? name : ", " + name);
                Add(command, name, values[c]);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(" ON CONFLICT (key) DO NOTHING RETURNING id, key").ToString();
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
