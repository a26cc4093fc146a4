using System.Text.Json;

namespace Luoshi.Web.Reading;

/// <summary>What an audit entry changed, field by field, for people: only the fields whose value differs between the
/// before and after snapshots ("state: submitted → approved"), all fields of a creation. The raw JSON stays in the
/// API; a page shows this.</summary>
public static class AuditChanges
{
    /// <summary>One changed field.</summary>
    public sealed record Change(string Field, string? Before, string? After);

    /// <summary>The changed fields of an entry; a snapshot that is not a JSON object is shown whole under "".</summary>
    public static IReadOnlyList<Change> Of(string? before, string? after)
    {
        var old = Fields(before);
        var now = Fields(after);
        if (old is null && now is null)
        {
            return before is null && after is null ? [] : [new Change("", before, after)];
        }

        var names = (old?.Keys ?? Enumerable.Empty<string>()).Union(now?.Keys ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        return [.. names
            .Select(n => new Change(n, old?.GetValueOrDefault(n), now?.GetValueOrDefault(n)))
            .Where(c => c.Before != c.After)];
    }

    private static Dictionary<string, string>? Fields(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? null
                : document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };
}
