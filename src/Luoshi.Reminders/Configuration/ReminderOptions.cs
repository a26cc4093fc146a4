namespace Luoshi.Reminders.Configuration;

/// <summary>The deployment's reminder settings, section "Reminders" of the configuration (appsettings.json or
/// environment variables such as Reminders__Smtp__Password). Secrets live here and nowhere else.</summary>
public sealed class ReminderOptions
{
    /// <summary>The site's public address, put before each page a message links to.</summary>
    public string LinkBase { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Tries per delivery, the first included.</summary>
    public int Attempts { get; set; } = 3;

    /// <summary>The wait before the first retry; each next one waits twice as long (with jitter).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one try may take before it counts as a temporary failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a run holds the deliveries it stored; after that another run may take over the unsent ones.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>When <c>luoshi serve</c> runs the reminders (Quartz cron, the server's time zone): every 15 minutes by default; the
    /// quiet hours and days off are the rules' to keep, so a run then sends nothing.</summary>
    public string Schedule { get; set; } = "0 0/15 * * * ?";

    /// <summary>False leaves sending to <c>luoshi remind run</c> from cron.</summary>
    public bool Scheduler { get; set; } = true;

    /// <summary>Deliveries sent at the same time by one run.</summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>The SMTP server; e-mail is off while its host is empty.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>DingTalk custom robots by the name contacts use.</summary>
    public Dictionary<string, RobotOptions> DingTalk { get; set; } = new(StringComparer.Ordinal);

    /// <summary>WeCom group robots by name.</summary>
    public Dictionary<string, RobotOptions> WeCom { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Feishu custom bots by name.</summary>
    public Dictionary<string, RobotOptions> Feishu { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The SMS gateway; text messages are off while its address is empty.</summary>
    public SmsOptions Sms { get; set; } = new();
}

/// <summary>An SMTP server and the sender.</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name.</summary>
    public string? Host { get; set; }

    /// <summary>587 for STARTTLS, 465 for TLS.</summary>
    public int Port { get; set; } = 587;

    /// <summary>StartTls, Tls (implicit, port 465) or None (a relay on the local network only).</summary>
    public string Security { get; set; } = "StartTls";

    /// <summary>The account to sign in with, if the server asks.</summary>
    public string? User { get; set; }

    /// <summary>Its password: from the environment or a secret store, never the database.</summary>
    public string? Password { get; set; }

    /// <summary>The sender's address.</summary>
    public string From { get; set; } = "noreply@localhost";

    /// <summary>The sender's name.</summary>
    public string FromName { get; set; } = "督查室";
}

/// <summary>A group robot: its webhook (which holds its access token) and, for signed robots, its secret.</summary>
public sealed class RobotOptions
{
    /// <summary>The webhook address as the messaging tool gives it.</summary>
    public string Webhook { get; set; } = "";

    /// <summary>The signing secret (DingTalk SEC…, Feishu); null for a robot without signing.</summary>
    public string? Secret { get; set; }
}

/// <summary>An HTTP SMS gateway, described by a request template since government SMS platforms differ.</summary>
public sealed class SmsOptions
{
    /// <summary>The gateway's address.</summary>
    public string? Url { get; set; }

    /// <summary>The content type of the body: application/json or application/x-www-form-urlencoded.</summary>
    public string ContentType { get; set; } = "application/json";

    /// <summary>The body, with {mobile}, {text} and {title} replaced (escaped for the content type).</summary>
    public string Body { get; set; } = "{\"mobile\":\"{mobile}\",\"content\":\"{text}\"}";

    /// <summary>Headers to send, e.g. an API key (from the environment).</summary>
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Text a successful answer contains (e.g. "\"code\":0"); any 2xx answer counts when empty.</summary>
    public string? SuccessContains { get; set; }
}
