using Luoshi.Domain.Reminders;

namespace Luoshi.Storage.Reminders;

/// <summary>A person of a unit whom reminders reach, and how: each address given is a channel.</summary>
/// <param name="DingTalk">The name of the DingTalk robot of the person's group (its webhook and secret are configured).</param>
/// <param name="Sms">True to send text messages to <paramref name="Mobile"/>.</param>
public sealed record Contact(
    string Unit, string Name, RecipientRole Role, string? Email, string? Mobile, string? DingTalk, string? WeCom, string? Feishu, bool Sms)
{
    /// <summary>The channels this person has, with the address each uses; the inbox is the unit's, not a person's.</summary>
    public IEnumerable<(ReminderChannel Channel, string Address)> Channels()
    {
        if (Email is not null)
        {
            yield return (ReminderChannel.Email, Email);
        }

        if (DingTalk is not null)
        {
            yield return (ReminderChannel.DingTalk, DingTalk);
        }

        if (WeCom is not null)
        {
            yield return (ReminderChannel.WeCom, WeCom);
        }

        if (Feishu is not null)
        {
            yield return (ReminderChannel.Feishu, Feishu);
        }

        if (Sms && Mobile is not null)
        {
            yield return (ReminderChannel.Sms, Mobile);
        }
    }
}
