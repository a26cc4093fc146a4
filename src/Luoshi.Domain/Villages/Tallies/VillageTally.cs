namespace Luoshi.Domain.Villages.Tallies;

/// <summary>Counts and totals over a set of administrative villages (a town, the region) as of a day, for a year.</summary>
public sealed class VillageTally
{
    private readonly Dictionary<string, int> _atOrAbove = new(StringComparer.Ordinal);

    /// <summary>Administrative villages counted (the denominator of every share).</summary>
    public int Villages { get; private set; }

    /// <summary>Villages with an assessment in effect.</summary>
    public int Assessed { get; private set; }

    /// <summary>Villages with an integrated sewage facility.</summary>
    public int WithFacility { get; private set; }

    /// <summary>Villages whose facility operates.</summary>
    public int Operating { get; private set; }

    /// <summary>Total collective operating income of the year, 万元, over the villages that have a figure.</summary>
    public decimal Income { get; private set; }

    /// <summary>Villages with an income figure for the year.</summary>
    public int IncomeReported { get; private set; }

    /// <summary>Villages whose income of the year is below the office's line (0 when no line is set).</summary>
    public int UnderThreshold { get; private set; }

    /// <summary>Total income of the year before, 万元.</summary>
    public decimal IncomeLastYear { get; private set; }

    /// <summary>Villages with an income figure for the year before.</summary>
    public int IncomeReportedLastYear { get; private set; }

    /// <summary>Villages at or above the tier named <paramref name="tier"/> (a tier of any standard by that name).</summary>
    public int AtOrAbove(string tier) => _atOrAbove.GetValueOrDefault(tier);

    /// <summary>Counts one village.</summary>
    /// <param name="tiers">The tier names of the village's standard, lowest first (empty when not assessed).</param>
    public void Add(VillageState state, IReadOnlyList<string> tiers, decimal? threshold)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        Villages++;
        if (state.StandardId is not null)
        {
            Assessed++;
            for (var i = 0; i < state.TierRank && i < tiers.Count; i++)
            {
                _atOrAbove[tiers[i]] = _atOrAbove.GetValueOrDefault(tiers[i]) + 1;
            }
        }

        if (state.Sewage is { HasFacility: true } s)
        {
            WithFacility++;
            Operating += s.Operating ? 1 : 0;
        }

        if (state.Income is { } income)
        {
            (Income, IncomeReported) = (Income + income, IncomeReported + 1);
            UnderThreshold += threshold is { } line && income < line ? 1 : 0;
        }

        if (state.IncomeLastYear is { } last)
        {
            (IncomeLastYear, IncomeReportedLastYear) = (IncomeLastYear + last, IncomeReportedLastYear + 1);
        }
    }

    /// <summary>Adds another tally (a town's into the region's).</summary>
    public void Add(VillageTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        (Villages, Assessed, WithFacility, Operating) =
            (Villages + other.Villages, Assessed + other.Assessed, WithFacility + other.WithFacility, Operating + other.Operating);
        (Income, IncomeReported, UnderThreshold) = (Income + other.Income, IncomeReported + other.IncomeReported, UnderThreshold + other.UnderThreshold);
        (IncomeLastYear, IncomeReportedLastYear) = (IncomeLastYear + other.IncomeLastYear, IncomeReportedLastYear + other.IncomeReportedLastYear);
        foreach (var (tier, count) in other._atOrAbove)
        {
            _atOrAbove[tier] = _atOrAbove.GetValueOrDefault(tier) + count;
        }
    }
}
