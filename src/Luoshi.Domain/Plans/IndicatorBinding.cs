namespace Luoshi.Domain.Plans;

/// <summary>Says that a target takes its value from a computed indicator instead of typed-in reports: which indicator
/// (<c>air.good-day-share</c>) over which scope (a named set of stations, sections, towns…), both data the office sets.</summary>
/// <param name="Indicator">The indicator's stable name, one of the ledger's registered indicator sources.</param>
/// <param name="Scope">What it is computed over, in the source's own terms (e.g. a station-set name).</param>
public sealed record IndicatorBinding(string Indicator, string Scope)
{
    /// <summary>The stored and typed form, <c>indicator:scope</c>.</summary>
    public override string ToString() => $"{Indicator}:{Scope}";

    /// <summary>Reads <c>indicator:scope</c>; null when the text has no indicator name before a colon.</summary>
    public static IndicatorBinding? TryParse(string? text)
    {
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0)
        {
            return null;
        }

        var indicator = text[..colon].Trim();
        var scope = text[(colon + 1)..].Trim();
        return indicator.Length == 0 ? null : new IndicatorBinding(indicator, scope);
    }
}
