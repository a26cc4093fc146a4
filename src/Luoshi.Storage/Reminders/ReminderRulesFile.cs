using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Luoshi.Domain.Reminders;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Reminders;

/// <summary>The office's reminder rules as a file (<c>luoshi remind rules --file</c>, <c>--export</c>): JSON with
/// snake_case names, e.g. <c>{"rules": [{"kind": "report", "days_before": 3, "on_the_day": true, "repeat_every": 2,
/// "escalate_after": 5, "escalate_again_after": 10}], "quiet": {"from": "20:00", "until": "08:00"}}</c>. A file is taken
/// whole or not at all. Holidays are not rules: they are the ledger's calendar (<c>luoshi holidays import</c>).</summary>
public static class ReminderRulesFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new MinutesConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The rules as a file holds them.</summary>
    public static string Write(ReminderRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return JsonSerializer.Serialize(rules, Json);
    }

    /// <summary>The rules of <paramref name="text"/> read from <paramref name="file"/>, or what is wrong with them, each
    /// problem placed in the file (line, and the field by its JSON path).</summary>
    public static (ReminderRules? Rules, IReadOnlyList<Problem> Problems) Read(string text, string file)
    {
        ReminderRules? rules;
        try
        {
            rules = JsonSerializer.Deserialize<ReminderRules>(text, Json);
        }
        catch (JsonException e)
        {
            var reason = e.InnerException?.Message ?? e.Message.Split(" Path:", 2)[0];
            return (null, [new Problem(Catalogue.Reminders.RulesFileUnreadable(reason), new Place(File: file, Line: (int?)e.LineNumber + 1, Field: e.Path))]);
        }

        if (rules is null)
        {
            return (null, [new Problem(Catalogue.Reminders.RulesFileUnreadable("null"), Place.OfFile(file))]);
        }

        var problems = rules.Check().Select(p => p with { Place = (p.Place ?? new Place()) with { File = file } }).ToList();
        return problems.Count == 0 ? (rules, []) : (null, problems);
    }

    /// <summary>Times of day as "HH:mm", the way offices write quiet hours.</summary>
    private sealed class MinutesConverter : JsonConverter<TimeOnly>
    {
        public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeOnly.TryParseExact(reader.GetString(), ["H:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t)
                ? t
                : throw new JsonException(Catalogue.Reminders.NotATime(reader.GetString() ?? "").Zh);

        public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
