namespace Luoshi.Storage.Households;

/// <summary>The entity names the register writes to the audit trail (Ledger.AuditAsync filters by them).</summary>
internal static class HouseholdAudit
{
    /// <summary>One household: state changes, measures, and every view of its detail (key: its number).</summary>
    public const string Household = "household";

    /// <summary>An imported household file (key: the file's name), with its counts; single rows of a file are not
    /// audited one by one, the file is.</summary>
    public const string File = "household-file";

    /// <summary>A year's income line (key: the year).</summary>
    public const string IncomeLine = "income-line";

    /// <summary>The office's monitoring rules.</summary>
    public const string Rules = "monitoring-rules";
}
