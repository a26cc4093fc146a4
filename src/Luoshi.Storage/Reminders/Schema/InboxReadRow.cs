namespace Luoshi.Storage.Reminders.Schema;

/// <summary>A row of inbox_reads: when an account first opened an inbox message (已读).</summary>
internal sealed class InboxReadRow
{
    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public required string Login { get; set; }

    public DateTimeOffset At { get; set; }
}
