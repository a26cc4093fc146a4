using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reminders;

/// <summary>Records each try of a delivery: the attempt in the log, and the delivery sent, failed or still pending.</summary>
internal static class DeliveryOutcomes
{
    private const int AnswerLength = 500;

    /// <summary>Records try <paramref name="number"/> of <paramref name="deliveryId"/>: <paramref name="result"/> is
    /// sent, temporary or permanent; <paramref name="final"/> when no try follows.</summary>
    public static async Task RecordAsync(
        StoreSession session, long deliveryId, int number, string result, string? answer, bool final, CancellationToken ct)
    {
        var now = session.Now;
        var cut = answer is { Length: > AnswerLength } ? answer[..AnswerLength] : answer;
        var state = result == DeliveryStates.Sent ? DeliveryStates.Sent : final ? DeliveryStates.Failed : DeliveryStates.Pending;
        DateTimeOffset? sentAt = state == DeliveryStates.Sent ? now : null;
        await using var db = session.NewContext();
        await DeliveryTransactions.RunAsync(db, async token =>
        {
            db.DeliveryAttempts.Add(new DeliveryAttempt { DeliveryId = deliveryId, Number = number, At = now, Result = result, Answer = cut });
            await db.SaveChangesAsync(token).ConfigureAwait(false);
            await db.Deliveries.Where(d => d.Id == deliveryId).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Attempts, number).SetProperty(d => d.State, state).SetProperty(d => d.Answer, cut).SetProperty(d => d.SentAt, sentAt),
                token).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
    }
}
