namespace Luoshi.Storage.Households.Warnings;

/// <summary>The warnings of one village, town or region.</summary>
/// <param name="LateFlags">Flagged households not identified within the office's time limit.</param>
/// <param name="Unassisted">Identified households without any assistance measure.</param>
/// <param name="Uncovered">Households under the income line that are not identified and assisted: the bottom
/// line's events.</param>
public readonly record struct VillageCounts(int LateFlags, int Unassisted, int Uncovered)
{
    /// <summary>All three added.</summary>
    public int Total => LateFlags + Unassisted + Uncovered;

    /// <summary>The sum of two areas' counts.</summary>
    public static VillageCounts operator +(VillageCounts a, VillageCounts b) =>
        new(a.LateFlags + b.LateFlags, a.Unassisted + b.Unassisted, a.Uncovered + b.Uncovered);

    /// <summary>The same as <c>+</c>, for languages without operators.</summary>
    public static VillageCounts Add(VillageCounts a, VillageCounts b) => a + b;
}
