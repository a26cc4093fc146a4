namespace Luoshi.Bench.Ledger;

/// <summary>How fast a target moves compared with its linear trajectory (1 = exactly on it). The bands are chosen so
/// that, as of mid-September, every traffic light is common: some targets are already achieved, about half are on
/// track, a quarter behind (yellow, 0.8–1) and a fifth far behind (red, below 0.8).</summary>
internal static class Pace
{
    /// <summary>A target's pace for the year.</summary>
    public static double Draw(Random rng) => rng.Next(100) switch
    {
        < 8 => Between(rng, 1.5, 1.9),
        < 50 => Between(rng, 1.0, 1.3),
        < 78 => Between(rng, 0.8, 1.0),
        _ => Between(rng, 0.45, 0.8),
    };

    /// <summary>Month-to-month noise around the pace: ±25%.</summary>
    public static double Noise(Random rng) => Between(rng, 0.75, 1.25);

    /// <summary>A uniform draw in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public static double Between(Random rng, double low, double high) => low + (rng.NextDouble() * (high - low));
}
