namespace Luoshi.Domain.Households;

/// <summary>When a household is flagged for identification: its per-capita net income is under the line of the
/// income's year, or it reported a sudden severe hardship — while it is not a monitoring object already.</summary>
public static class Flagging
{
    /// <summary>The day the household is flagged on, or null when it is not: the hardship's day, or
    /// <paramref name="today"/> when the income under the line is what flags it (the earlier of the two when both do).
    /// A household whose risk was eliminated is flagged again by a hardship reported after the elimination, or by
    /// an income under the line (it fell back).</summary>
    public static DateOnly? FlagOn(
        MonitoringState state, decimal? income, decimal? line, DateOnly? hardshipOn, DateOnly? eliminatedOn, DateOnly today)
    {
        if (state is not (MonitoringState.NotMonitored or MonitoringState.RiskEliminated))
        {
            return null;
        }

        var below = income is { } i && line is { } l && i < l;
        var hardship = hardshipOn is { } h && (state == MonitoringState.NotMonitored || h > eliminatedOn) ? hardshipOn : null;
        return (below, hardship) switch
        {
            (true, { } day) => day < today ? day : today,
            (true, null) => today,
            (false, { } day) => day,
            _ => null,
        };
    }
}
