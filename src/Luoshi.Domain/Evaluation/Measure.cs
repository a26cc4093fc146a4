namespace Luoshi.Domain.Evaluation;

/// <summary>How a target's reported values combine into its actual value.</summary>
public enum Measure
{
    /// <summary>The sum of the period values (新增就业: people found jobs each month).</summary>
    Cumulative,

    /// <summary>The latest value (城镇登记失业率).</summary>
    Level,

    /// <summary>The latest numerator ÷ denominator, in percent (villages meeting a standard ÷ all villages).</summary>
    Ratio,

    /// <summary>Done or not done, with a date and evidence; percent complete until then.</summary>
    Milestone,

    /// <summary>The number of events so far, which must stay 0 (规模性返贫, 重特大事故).</summary>
    BottomLine,

    /// <summary>The latest value against last year's (民生投入只增不减).</summary>
    Direction,
}
