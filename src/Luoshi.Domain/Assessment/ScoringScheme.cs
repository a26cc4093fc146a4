using Luoshi.Domain.Closing;

namespace Luoshi.Domain.Assessment;

/// <summary>The office's scoring scheme for the year's unit assessment (考核), kept as office data (docs/closing.md,
/// “Assessment”): points per result, weights per report section, deductions and additions by rule, and their caps.</summary>
/// <param name="SectionWeights">A task's weight by its section's code (1 when not named).</param>
/// <param name="LateReport">Deducted per progress report sent after its due day or not sent at all.</param>
/// <param name="RedPeriods">A target red for more than this many periods in a row costs <paramref name="RedHeld"/>.</param>
/// <param name="EarlyClose">Added per task closed (销号) before its deadline.</param>
public sealed record ScoringScheme(
    decimal Done = 100m,
    decimal BasicallyDone = 80m,
    decimal NotDone = 50m,
    IReadOnlyDictionary<string, decimal>? SectionWeights = null,
    decimal LateReport = 0.5m,
    int RedPeriods = 3,
    decimal RedHeld = 2m,
    decimal BlueNotice = 1m,
    decimal YellowNotice = 2m,
    decimal RedNotice = 3m,
    decimal Extension = 1m,
    decimal EarlyClose = 1m,
    decimal DeductionCap = 10m,
    decimal AdditionCap = 5m)
{
    /// <summary>The scheme a new closing starts with.</summary>
    public static ScoringScheme Default { get; } = new();

    /// <summary>The points of <paramref name="result"/> (an unconfirmed task scores as 未完成 until confirmed).</summary>
    public decimal PointsOf(ClosingResult? result) => result switch
    {
        ClosingResult.Done => Done,
        ClosingResult.BasicallyDone => BasicallyDone,
        _ => NotDone,
    };

    /// <summary>The weight of a task in <paramref name="section"/>.</summary>
    public decimal WeightOf(string? section) =>
        section is not null && SectionWeights is not null && SectionWeights.TryGetValue(section, out var w) ? w : 1m;

    /// <summary>True when every figure is within sense: points 0–100, deductions and caps 0–100, weights above 0.</summary>
    public bool IsValid =>
        new[] { Done, BasicallyDone, NotDone, LateReport, RedHeld, BlueNotice, YellowNotice, RedNotice, Extension, EarlyClose, DeductionCap, AdditionCap }
            .All(v => v is >= 0m and <= 100m)
        && RedPeriods is >= 0 and <= 12 && (SectionWeights ?? new Dictionary<string, decimal>()).Values.All(w => w is > 0m and <= 100m);
}
