namespace Luoshi.Storage.Reminders.Schema;

/// <summary>A row of reminder_contacts: a person of a unit and the channels that reach them. Robots are named, not
/// addressed: their webhooks and secrets live in the deployment's configuration, never here.</summary>
internal sealed class ContactRow
{
    public int Id { get; set; }

    public required string Unit { get; set; }

    public required string Name { get; set; }

    public required string Role { get; set; }

    public string? Email { get; set; }

    public string? Mobile { get; set; }

    public string? DingTalk { get; set; }

    public string? WeCom { get; set; }

    public string? Feishu { get; set; }

    public bool Sms { get; set; }
}
