using Luoshi.Domain.Time;

namespace Luoshi.Web.Hosting;

/// <summary>The day targets are evaluated on: the settings' fixed day, or today where the government sits (UTC+8),
/// never the server's own time zone.</summary>
public sealed class LedgerClock(WebSettings settings, TimeProvider time)
{
    /// <summary>The evaluation day.</summary>
    public DateOnly Today => settings.AsOf ?? ChinaTime.Today(time);

    /// <summary>True when the day is fixed (the demo), so pages say which day they show.</summary>
    public bool IsFixed => settings.AsOf is not null;

    /// <summary>On a fixed day, real time moved once so that today in China is that day (from 08:00, running on), which
    /// dates the lifecycle's steps; null otherwise.</summary>
    public TimeProvider? FixedDayTime { get; } = settings.AsOf is { } day ? new DayClock(day, time) : null;

    private sealed class DayClock(DateOnly day, TimeProvider time) : TimeProvider
    {
        private readonly TimeSpan _shift = time.GetUtcNow() - new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8));

        public override DateTimeOffset GetUtcNow() => time.GetUtcNow() - _shift;
    }
}
