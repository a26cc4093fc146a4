namespace Luoshi.Domain.Reminders;

/// <summary>How a reminder reaches a person.</summary>
public enum ReminderChannel
{
    /// <summary>The in-app inbox (the bell) of the unit's accounts: always on, needs no outside service.</summary>
    Inbox,

    /// <summary>E-mail over SMTP.</summary>
    Email,

    /// <summary>A DingTalk (钉钉 / 浙政钉) custom robot in a group, mentioning the person's mobile.</summary>
    DingTalk,

    /// <summary>A WeCom (企业微信 / 粤政易) group robot, mentioning the person's mobile.</summary>
    WeCom,

    /// <summary>A Feishu (飞书) custom bot in a group.</summary>
    Feishu,

    /// <summary>A text message through the government SMS platform's HTTP gateway.</summary>
    Sms,
}
