namespace Luoshi.Domain.Reading;

/// <summary>Where a target's values come from.</summary>
public enum FigureSource
{
    /// <summary>Typed in by the lead unit in its progress reports and approved by the office.</summary>
    Reported,

    /// <summary>Computed by a national-standard indicator from the ledger's own data (monitoring data, registers).</summary>
    Computed,
}
