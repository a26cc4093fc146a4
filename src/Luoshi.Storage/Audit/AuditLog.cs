using System.Text.Json;
using System.Text.Json.Serialization;
using Luoshi.Domain.Audit;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Audit;

/// <summary>Adds audit entries to the unit of work that makes the change, so both are committed or neither is.</summary>
internal static class AuditLog
{
    private static readonly JsonSerializerOptions Json = new(JsonColumn.Options)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Records that <see cref="StoreSession.Actor"/> did <paramref name="action"/> to an entity, with snapshots
    /// of it before and after (null for a creation or a removal).</summary>
    public static void Add(
        LedgerDbContext db, StoreSession session, string action, string entity, string key, object? before, object? after) =>
        AddJson(db, session, action, entity, key, ToJson(before), ToJson(after));

    /// <summary>As <see cref="Add"/>, with snapshots already taken as JSON (before the entity was changed).</summary>
    public static void AddJson(
        LedgerDbContext db, StoreSession session, string action, string entity, string key, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry(0, session.Now, session.Actor, action, entity, key, before, after));

    public static string? ToJson(object? snapshot) =>
        snapshot is null ? null : JsonSerializer.Serialize(snapshot, snapshot.GetType(), Json);
}
