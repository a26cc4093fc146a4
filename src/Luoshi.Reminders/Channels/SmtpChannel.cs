using System.Net;
using System.Net.Sockets;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Configuration;
using Luoshi.Storage.Reminders;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Luoshi.Reminders.Channels;

/// <summary>E-mail over SMTP with MailKit: STARTTLS, implicit TLS or (on a local relay) none; each message in plain
/// text and HTML with the link. A 4xx reply or a lost connection is retried; a 5xx reply or a refused sign-in is not.</summary>
internal sealed class SmtpChannel(SmtpOptions options) : IChannelAdapter
{
    public ReminderChannel Channel => ReminderChannel.Email;

    public async Task<SendResult> SendAsync(Delivery delivery, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            return SendResult.Permanent("e-mail is not configured (Reminders:Smtp:Host)");
        }

        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(options.Host, options.Port, Security(), ct).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.User))
            {
                await client.AuthenticateAsync(options.User, options.Password ?? "", ct).ConfigureAwait(false);
            }

            var answer = await client.SendAsync(Message(delivery), ct).ConfigureAwait(false);
            await client.DisconnectAsync(true, ct).ConfigureAwait(false);
            return SendResult.Sent(answer);
        }
        catch (SmtpCommandException e)
        {
            var answer = $"SMTP {(int)e.StatusCode} {e.Message}";
            return (int)e.StatusCode is >= 400 and < 500 ? SendResult.Temporary(answer) : SendResult.Permanent(answer);
        }
        catch (Exception e) when (e is System.Security.Authentication.AuthenticationException or MailKit.Security.AuthenticationException or SslHandshakeException)
        {
            return SendResult.Permanent($"SMTP sign-in or TLS refused: {e.GetType().Name}");
        }
        catch (Exception e) when (e is SocketException or IOException or ServiceNotConnectedException or SmtpProtocolException or TimeoutException)
        {
            return SendResult.Temporary($"SMTP no answer: {(e is SocketException s ? s.SocketErrorCode.ToString() : e.GetType().Name)}");
        }
    }

    private SecureSocketOptions Security() => options.Security.ToUpperInvariant() switch
    {
        "TLS" or "SSL" => SecureSocketOptions.SslOnConnect,
        "NONE" => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    private MimeMessage Message(Delivery delivery)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(delivery.Recipient, delivery.Address));
        message.Subject = delivery.Title;
        var html = WebUtility.HtmlEncode(delivery.Body).Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace(WebUtility.HtmlEncode(delivery.Link), $"<a href=\"{WebUtility.HtmlEncode(delivery.Link)}\">{WebUtility.HtmlEncode(delivery.Link)}</a>", StringComparison.Ordinal);
        message.Body = new BodyBuilder { TextBody = delivery.Body, HtmlBody = $"<p>{html}</p>" }.ToMessageBody();
        return message;
    }
}
