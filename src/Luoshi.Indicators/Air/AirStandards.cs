namespace Luoshi.Indicators.Air;

/// <summary>Chooses the air-quality rules in force on a date.</summary>
public static class AirStandards
{
    /// <summary>The first day the 2026 revision applies; the 2012 rules govern data before it.</summary>
    public static readonly DateOnly Revision2026InForce = new(2026, 3, 1);

    /// <summary>The standard that governs data measured on <paramref name="date"/>.</summary>
    /// <exception cref="NotSupportedException">The date falls under the 2026 revision, which is not implemented yet.</exception>
    public static AirStandard InForceOn(DateOnly date)
    {
        // Judging 2026 data by the 2012 table would give a wrong figure that looks right; refusing is safer.
        if (date >= Revision2026InForce)
        {
            throw new NotSupportedException(
                $"Data of {date:yyyy-MM-dd} falls under the 2026 revision of HJ 633, which is not implemented yet.");
        }

        return AirStandard.Hj633Of2012;
    }

    /// <summary>
    /// The standard that governs data measured on <paramref name="date"/>, or false when it is the 2026 revision
    /// (not implemented): the form for batches, which count such days instead of stopping at the first.
    /// </summary>
    public static bool TryInForceOn(DateOnly date, out AirStandard standard)
    {
        standard = AirStandard.Hj633Of2012;
        return date < Revision2026InForce;
    }
}
