namespace Luoshi.Domain.Households;

/// <summary>Whether a household under the income line counts against the bottom line (不发生规模性返贫) on a day:
/// it does unless it has been identified and assisted and its risk is not (yet) declared eliminated.</summary>
public static class Coverage
{
    /// <summary>True when a household whose income under the line was recorded on <paramref name="belowSince"/> is,
    /// on <paramref name="day"/>, below the line without being identified and assisted.</summary>
    public static bool IsUncovered(DateOnly belowSince, DateOnly? identifiedOn, DateOnly? assistedOn, DateOnly? eliminatedOn, DateOnly day)
    {
        if (belowSince > day)
        {
            return false;
        }

        var covered = identifiedOn <= day && assistedOn <= day && !(eliminatedOn <= day);
        return !covered;
    }
}
