namespace Luoshi.Domain.Audit;

/// <summary>One change in the audit trail: who changed what, when, and the record before and after (as JSON).</summary>
/// <remarks>Entries are only ever added; storage refuses updates and deletes.</remarks>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Entity,
    string EntityKey,
    string? Before,
    string? After);
