namespace Luoshi.Storage.Audit;

/// <summary>The entity names the audit trail uses, which Ledger.AuditAsync filters by.</summary>
internal static class AuditEntities
{
    public const string Plan = "plan";
    public const string Task = "task";
    public const string Unit = "unit";
    public const string Report = "report";
    public const string Contribution = "contribution";
    public const string ProgressFile = "progress-file";
    public const string Target = "target";
    public const string Account = "account";
    public const string ApiToken = "api-token";
    public const string Reminder = "reminder";
    public const string Attachment = "attachment";
    public const string Ledger = "ledger";
    public const string Item = "supervision-item";
    public const string Settings = "settings";
    public const string SelfAssessment = "self-assessment";
}
