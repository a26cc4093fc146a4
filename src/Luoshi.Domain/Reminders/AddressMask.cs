namespace Luoshi.Domain.Reminders;

/// <summary>How a delivery's address is shown outside the office's own contact list: a mobile number as 138****8000,
/// an e-mail address as l***@example.gov.cn; a robot's or unit's name as it is.</summary>
public static class AddressMask
{
    /// <summary>The address of <paramref name="channel"/> masked for display.</summary>
    public static string Of(ReminderChannel channel, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return channel switch
        {
            ReminderChannel.Sms when address.Length == 11 => string.Concat(address.AsSpan(0, 3), "****", address.AsSpan(7)),
            ReminderChannel.Email when address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at =>
                string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at)),
            _ => address,
        };
    }
}
