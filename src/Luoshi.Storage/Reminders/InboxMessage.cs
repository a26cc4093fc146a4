namespace Luoshi.Storage.Reminders;

/// <summary>A reminder in a unit's inbox, and when the reader opened it (null: 未读).</summary>
public sealed record InboxMessage(Delivery Delivery, DateTimeOffset? ReadAt);
