namespace Luoshi.ReportParsing.Quantities;

/// <summary>A unit that may follow a number in a report, and whether it counts separate things.</summary>
/// <param name="Countable">True for measure words of things delivered one by one (个, 所, 人次), false for
/// amounts (元, 吨, 公里) and rates (%, ‰).</param>
internal sealed record MeasureUnit(string Text, bool Countable)
{
    /// <summary>Percent and per mille, the units of shares and rates.</summary>
    public bool IsRate => Text is "%" or "‰" or "个百分点" or "百分点";
}
