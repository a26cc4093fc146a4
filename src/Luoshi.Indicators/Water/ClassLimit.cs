namespace Luoshi.Indicators.Water;

/// <summary>What one class of Table 1 asks of one item: a value at least <see cref="Lower"/> and at most
/// <see cref="Upper"/>, either bound missing when the table sets none.</summary>
/// <remarks>One shape for the three kinds of row: most items have an upper limit (≤), dissolved oxygen a lower
/// one (≥), pH both (6–9). A value equal to a limit meets it.</remarks>
public readonly record struct ClassLimit(decimal? Lower, decimal? Upper)
{
    /// <summary>Whether a value meets the limit.</summary>
    public bool IsMetBy(decimal value) => (Lower is not { } low || value >= low) && (Upper is not { } high || value <= high);
}
