using System.Text.Json;
using Luoshi.Domain.Audit;
using Luoshi.Domain.Wording;
using Luoshi.Web.Localization;

namespace Luoshi.Web.Reading;

/// <summary>An audit entry as people read it: one sentence from the catalogue (<see cref="Catalogue.Audit"/>) — who, on
/// which day and minute (China time), did what, and what changed (a report's values from one number to another, which
/// texts were rewritten, why it went back; a record's named fields) — never the action's key, a state's code name, an
/// ISO timestamp or the JSON the trail keeps (the API gives that).</summary>
public static class AuditSentences
{
    private static readonly string[] Texts = ["Progress", "Problems", "NextSteps", "Evidence"];

    private static readonly HashSet<string> Unshown = new(StringComparer.Ordinal)
    {
        "Id", "Version", "State", "SubmittedAt", "At", "CreatedAt", "UpdatedAt", "PasswordHash", "ReturnReason", "Values", "Period", "PlanId", "TaskId",
    };

    /// <summary>The sentence of <paramref name="entry"/>; <paramref name="people"/> gives a login's name (张三).</summary>
    public static Words Of(AuditEntry entry, IReadOnlyDictionary<string, string> people)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(people);
        var who = people.GetValueOrDefault(entry.Actor, entry.Actor);
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        var changes = entry.Entity == "report" ? ReportChanges(entry.Action, before, after) : FieldChanges(before, after);
        return Catalogue.Audit.Sentence(who, GoalText.Moment(entry.At), Catalogue.Audit.Did(entry.Action, entry.Entity), changes);
    }

    private static List<Words> ReportChanges(string action, JsonElement? before, JsonElement? after)
    {
        var changes = new List<Words>();
        var old = Values(before);
        foreach (var (code, now) in Values(after))
        {
            if (!old.TryGetValue(code, out var was))
            {
                if (now.Length > 0)
                {
                    changes.Add(Catalogue.Audit.ValueGiven(code, now));
                }
            }
            else if (was != now)
            {
                changes.Add(Catalogue.Audit.ValueChanged(code, was.Length == 0 ? "—" : was, now.Length == 0 ? "—" : now));
            }
        }

        if (before is not null && after is not null)
        {
            changes.AddRange(Texts.Where(t => Text(before.Value, t) != Text(after.Value, t)).Select(t => Catalogue.Audit.TextChanged(Catalogue.Audit.Field(t)!.Value)));
        }

        if (action == "report.return" && after is { } returned && Text(returned, "ReturnReason") is { Length: > 0 } reason)
        {
            changes.Add(Catalogue.Audit.Because(reason));
        }

        return changes;
    }

    private static List<Words> FieldChanges(JsonElement? before, JsonElement? after)
    {
        var changes = new List<Words>();
        if (before is null || after is null || before.Value.ValueKind != JsonValueKind.Object || after.Value.ValueKind != JsonValueKind.Object)
        {
            return changes;
        }

        var others = 0;
        var names = before.Value.EnumerateObject().Select(p => p.Name).Union(after.Value.EnumerateObject().Select(p => p.Name), StringComparer.Ordinal);
        foreach (var name in names.Where(n => !Unshown.Contains(n)))
        {
            var (was, now) = (Shown(before.Value, name), Shown(after.Value, name));
            if (was == now)
            {
                continue;
            }

            if (Catalogue.Audit.Field(name) is { } field && was is not null && now is not null)
            {
                changes.Add(Catalogue.Audit.FieldChanged(field, was, now));
            }
            else
            {
                others++;
            }
        }

        if (others > 0)
        {
            changes.Add(Catalogue.Audit.OtherFields(others));
        }

        return changes;
    }

    /// <summary>A report snapshot's values by target code, each as the ledger writes it (1500, 3 / 4, 2022-06-30).</summary>
    private static Dictionary<string, string> Values(JsonElement? snapshot)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (snapshot is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("Values", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in list.EnumerateArray())
            {
                var code = Text(v, "TargetCode") ?? "";
                var part = Number(v, "Numerator");
                values[code] = part is not null ? $"{part} / {Number(v, "Denominator")}"
                    : Text(v, "DoneOn") is { Length: > 0 } done ? done
                    : Number(v, "Value") ?? "";
            }
        }

        return values;
    }

    private static string? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var n) && n.ValueKind == JsonValueKind.Number ? GoalText.Number(n.GetDecimal()) : null;

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var t)
            ? t.ValueKind switch
            {
                JsonValueKind.String => t.GetString(),
                JsonValueKind.Null => null,
                _ => t.GetRawText(),
            }
            : null;

    /// <summary>A field's value in words: text as it is, a list joined by 、, yes/no, a number; null for what has no
    /// words (an object), so it is only counted.</summary>
    private static string? Shown(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return "";
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => "",
            JsonValueKind.Number => GoalText.Number(v.GetDecimal()),
            JsonValueKind.True => UiText.T("是", "yes"),
            JsonValueKind.False => UiText.T("否", "no"),
            JsonValueKind.Array when v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String) => string.Join("、", v.EnumerateArray().Select(x => x.GetString())),
            _ => null,
        };
    }

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
