namespace Luoshi.Domain.Evaluation;

/// <summary>The actual value of a target from its approved observations, and the last period that fed it.</summary>
/// <param name="LastPeriod">The last period with a usable value (0 when none).</param>
/// <param name="Done">For a milestone: the day it was done, if it was.</param>
internal readonly record struct ActualValue(decimal? Value, int LastPeriod, DateOnly? Done)
{
    /// <summary>Combines the observations (in any order) by the target's measure.</summary>
    public static ActualValue Of(Measure measure, ReadOnlySpan<Observation> observations)
    {
        decimal sum = 0;
        decimal? latest = null;
        var latestPeriod = 0;
        var anySum = false;
        DateOnly? done = null;
        foreach (var o in observations)
        {
            if (measure == Measure.Milestone && o.DoneOn is { } day && (done is null || day < done))
            {
                done = day;
            }

            var value = measure == Measure.Ratio ? RatioOf(o) : o.Value;
            if (value is not { } v)
            {
                continue;
            }

            sum += v;
            anySum = true;
            if (o.Period >= latestPeriod)
            {
                (latest, latestPeriod) = (v, o.Period);
            }
        }

        return measure switch
        {
            Measure.Cumulative => new(anySum ? sum : null, latestPeriod, null),
            Measure.BottomLine => new(sum, latestPeriod, null),
            Measure.Milestone when done is not null => new(100m, Math.Max(latestPeriod, 1), done),
            _ => new(latest, latestPeriod, null),
        };
    }

    // A share is numerator ÷ denominator in percent; a unit may also report the percentage itself.
    private static decimal? RatioOf(Observation o) =>
        o.Numerator is { } n && o.Denominator is { } d && d > 0 ? Math.Round(n / d * 100m, 4) : o.Value;
}
