using System.Net;
using System.Threading.RateLimiting;
using Luoshi.Web.Hosting;

namespace Luoshi.Web.Access;

/// <summary>Limits sign-in attempts per client address (a fixed window per minute), on top of the account lockout the
/// ledger applies after repeated failures: one guesses many passwords for one login, the other many logins.</summary>
public sealed class SignInThrottle(WebSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.SignInAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when <paramref name="address"/> may try once more now.</summary>
    public bool TryAttempt(IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire(address ?? IPAddress.None);
        return lease.IsAcquired;
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter.Dispose();
}
