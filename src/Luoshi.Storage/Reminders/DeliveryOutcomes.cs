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
        if (session.Options.Provider == StoreProvider.Postgres)
        {
            // One statement, one round trip: the try logged and the delivery updated together (a statement is atomic).
            // Each run records one of these per message, so this is what a run of thousands of messages waits on.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(
                token => db.Database.ExecuteSqlAsync(
                    $"""
                    WITH attempt AS (
                        INSERT INTO reminder_attempts (delivery_id, number, at, result, answer) VALUES ({deliveryId}, {number}, {now}, {result}, {cut}))
                    UPDATE reminder_deliveries SET attempts = {number}, state = {state}, answer = {cut}, sent_at = {sentAt} WHERE id = {deliveryId}
                    """,
                    token),
                ct).ConfigureAwait(false);
            return;
        }

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
