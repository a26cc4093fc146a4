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
}
