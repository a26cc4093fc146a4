using Luoshi.Domain.Reminders;
using Luoshi.Storage.Villages;

namespace Luoshi.Storage.Reminders;

/// <summary>The reminders of a ledger (docs/reminders.md): the office's rules and contacts, the plan of what to send,
/// the deliveries stored before sending (a rerun or a second instance never sends one twice), the log of every try
/// and each unit's inbox.</summary>
public sealed class ReminderLedger
{
    private readonly StoreSession _session;

    internal ReminderLedger(StoreSession session) => _session = session;

    /// <summary>The office's rules and quiet hours (the defaults until set).</summary>
    public Task<ReminderRules> RulesAsync(CancellationToken ct = default) => _session.ReadAsync(RulesStore.ReadAsync, ct);

    /// <summary>Sets the rules, audited; rules that cannot be true are refused (<see cref="ReminderRules.Check"/>).</summary>
    public Task<StoreResult> SetRulesAsync(ReminderRules rules, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return RulesStore.SetAsync(_session, rules, ct);
    }

    /// <summary>Replaces the contact list with a CSV or xlsx file's: all rows or none, every error located.</summary>
    public Task<CsvImportResult> ImportContactsAsync(VillageFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ContactImport.RunAsync(_session, file, ct);
    }

    /// <summary>The contacts, by unit, role and name.</summary>
    public Task<IReadOnlyList<Contact>> ContactsAsync(CancellationToken ct = default) => _session.ReadAsync(ContactStore.ListAsync, ct);

    /// <summary>What to send at <paramref name="now"/>: the reminders and their deliveries, nothing stored.</summary>
    public Task<ReminderBatch> PlanAsync(DateTimeOffset now, ReminderSetup setup, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return _session.ReadAsync((db, token) => ReminderPlanning.PlanAsync(db, now, setup, token), ct);
    }

    /// <summary>Stores the deliveries not stored yet, each held by <paramref name="owner"/> for <paramref name="lease"/>;
    /// returns those this call stored, which are its own to send (inbox ones already delivered).</summary>
    public Task<IReadOnlyList<Delivery>> ClaimAsync(IReadOnlyList<Delivery> deliveries, string owner, TimeSpan lease, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        return DeliveryClaims.ClaimAsync(_session, deliveries, owner, lease, ct);
    }

    /// <summary>Takes over the pending deliveries of runs that stopped (their lease ended).</summary>
    public Task<IReadOnlyList<Delivery>> TakeOverAsync(string owner, TimeSpan lease, CancellationToken ct = default) =>
        DeliveryClaims.TakeOverAsync(_session, owner, lease, ct);

    /// <summary>Records try <paramref name="number"/> of a delivery (sent, temporary or permanent).</summary>
    public Task RecordAttemptAsync(long deliveryId, int number, string result, string? answer, bool final, CancellationToken ct = default) =>
        DeliveryOutcomes.RecordAsync(_session, deliveryId, number, result, answer, final, ct);

    /// <summary>The latest deliveries, newest first, optionally in one state.</summary>
    public Task<IReadOnlyList<Delivery>> LogAsync(int limit = 200, string? state = null, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => DeliveryQueries.LogAsync(db, limit, state, token), ct);

    /// <summary>The tries of one delivery, in order.</summary>
    public Task<IReadOnlyList<DeliveryAttempt>> AttemptsAsync(long deliveryId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => DeliveryQueries.AttemptsAsync(db, deliveryId, token), ct);

    /// <summary>A unit's inbox as <paramref name="login"/> sees it, newest first.</summary>
    public Task<IReadOnlyList<InboxMessage>> InboxAsync(string unit, string login, int limit = 100, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => DeliveryQueries.InboxAsync(db, unit, login, limit, token), ct);

    /// <summary>How many of a unit's inbox messages <paramref name="login"/> has not opened.</summary>
    public Task<int> UnreadAsync(string unit, string login, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => DeliveryQueries.UnreadAsync(db, unit, login, token), ct);

    /// <summary>Opens a message of the unit's inbox, recording 已读 the first time; null when the unit has none such.</summary>
    public Task<InboxMessage?> OpenAsync(long id, string unit, string login, CancellationToken ct = default) =>
        DeliveryQueries.OpenAsync(_session, id, unit, login, ct);
}
