namespace Luoshi.Domain.Villages;

/// <summary>The income line the office sets for a year: villages whose collective operating income is below it are
/// counted (e.g. 10万元, 消除集体经济薄弱村).</summary>
public sealed class IncomeThreshold
{
    /// <summary>The year; also the key.</summary>
    public int Year { get; set; }

    /// <summary>The line in 万元; a village is under it when its income is strictly less.</summary>
    public decimal Amount { get; set; }

    /// <summary>Null when a line of <paramref name="amount"/> 万元 may be set for <paramref name="year"/>, else why not.</summary>
    public static Wording.Words? Check(int year, decimal amount) =>
        Values.YearRule.Allows(year) && amount >= 0 && amount <= Progress.ValueRange.Largest ? null : Wording.Catalogue.Villages.Threshold(year, amount);
}
