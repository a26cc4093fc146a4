using System.Net;
using System.Threading.RateLimiting;
using Luoshi.Web.Hosting;

namespace Luoshi.Web.Access;

/// <summary>Limits sign-in attempts per client address, on top of the lockout the ledger applies to one login from one
/// address: that one stops many passwords against one login, this one many logins from one address. Two budgets per
/// minute: all attempts (<see cref="WebSettings.SignInAttemptsPerMinute"/>, bounding the password hashing an address
/// can make the server do) and failed ones (<see cref="WebSettings.SignInFailuresPerMinute"/>, bounding guessing). A
/// whole office behind one NAT address signs in at nine o'clock without meeting either: its people mostly succeed.</summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _attempts;
    private readonly PartitionedRateLimiter<IPAddress> _failures;

    /// <summary>The budgets of <paramref name="settings"/>.</summary>
    public SignInThrottle(WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _attempts = PerMinute(settings.SignInAttemptsPerMinute);
        _failures = PerMinute(settings.SignInFailuresPerMinute);
    }

    /// <summary>True when <paramref name="address"/> may try once more now; the attempt is counted.</summary>
    public bool TryAttempt(IPAddress? address)
    {
        var key = address ?? IPAddress.None;
        if (_failures.GetStatistics(key) is { CurrentAvailablePermits: <= 0 })
        {
            return false;
        }

        using var lease = _attempts.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    /// <summary>Counts a failed attempt of <paramref name="address"/> against its failure budget.</summary>
    public void Failed(IPAddress? address)
    {
        using var lease = _failures.AttemptAcquire(address ?? IPAddress.None);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _attempts.Dispose();
        _failures.Dispose();
    }

    private static PartitionedRateLimiter<IPAddress> PerMinute(int permits) => PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
}
