namespace Luoshi.Domain.Households;

/// <summary>A household in the return-to-poverty monitoring register (防返贫动态监测), found by the identity number
/// of its head, which the register holds once.</summary>
public sealed class Household
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The household's number in the register (户编号), unique.</summary>
    public required string Number { get; set; }

    /// <summary>The code of the administrative village (an org unit of kind village) it lives in.</summary>
    public required string VillageCode { get; set; }

    /// <summary>The head of the household's name (户主姓名).</summary>
    public required string HeadName { get; set; }

    /// <summary>The head's identity number (GB 11643), unique in the register.</summary>
    public required string HeadIdNumber { get; set; }

    /// <summary>The other members.</summary>
    public List<HouseholdMember> Members { get; set; } = [];

    /// <summary>The latest year with a recorded per-capita net income, or null before any.</summary>
    public int? IncomeYear { get; set; }

    /// <summary>The per-capita net income of <see cref="IncomeYear"/> in yuan (人均纯收入).</summary>
    public decimal? Income { get; set; }

    /// <summary>When that income was recorded: it counts in evaluations as of this day on.</summary>
    public DateOnly? IncomeRecordedOn { get; set; }

    /// <summary>The risks found.</summary>
    public RiskTypes Risks { get; set; }

    /// <summary>How it was identified; null until it is.</summary>
    public IdentificationSource? Source { get; set; }

    /// <summary>Where it stands in monitoring.</summary>
    public MonitoringState State { get; set; }

    /// <summary>The day a sudden severe hardship (突发严重困难) was reported, if one was.</summary>
    public DateOnly? HardshipOn { get; set; }

    /// <summary>When it was last flagged for identification.</summary>
    public DateOnly? FlaggedOn { get; set; }

    /// <summary>When it was identified in the current monitoring cycle.</summary>
    public DateOnly? IdentifiedOn { get; set; }

    /// <summary>When its first assistance measure of the current cycle began.</summary>
    public DateOnly? AssistedOn { get; set; }

    /// <summary>When its risk was declared eliminated.</summary>
    public DateOnly? EliminatedOn { get; set; }
}
