using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Explain;

namespace Luoshi.Cli.Output;

/// <summary>The JSON contract: snake_case fields, kinds such as <c>bottom_line</c>, comparators as symbols
/// (&gt;=, &lt;=, =, ~, between), dates in ISO form and spans as start and length. With <c>--explain</c> each target
/// gains <c>explain</c> and the plan <c>dropped</c>; rules and reasons come as codes with a <c>why</c> in words.</summary>
internal sealed class PlanJsonWriter : PlanWriter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Chinese stays readable; the output is a file or a pipe, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters =
        {
            new JsonStringEnumConverter<TargetKind>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<ExplainRule>(JsonNamingPolicy.SnakeCaseLower),
            new JsonStringEnumConverter<DropReason>(JsonNamingPolicy.SnakeCaseLower),
            new ComparatorJsonConverter(),
            new SourceSpanJsonConverter(),
        },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Explanations } },
    };

    // Without --explain the contract is unchanged: explain and dropped are left out, not written as null.
    private static void Explanations(JsonTypeInfo info)
    {
        if (info.Type == typeof(TargetDraft) || info.Type == typeof(PlanDraft))
        {
            foreach (var property in info.Properties.Where(p => p.Name is "explain" or "dropped"))
            {
                property.ShouldSerialize = (_, value) => value is not null;
            }
        }
        else if (info.Type == typeof(Evidence))
        {
            AddWhy(info, o => ExplainWords.Of(((Evidence)o).Rule).ToString());
        }
        else if (info.Type == typeof(DroppedNumber))
        {
            AddWhy(info, o => ExplainWords.Of(((DroppedNumber)o).Reason).ToString());
        }
    }

    private static void AddWhy(JsonTypeInfo info, Func<object, string> why)
    {
        var property = info.CreateJsonPropertyInfo(typeof(string), "why");
        property.Get = why;
        info.Properties.Add(property);
    }

    public override void Write(PlanDraft plan, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(plan, Options));
    }

    private sealed class ComparatorJsonConverter : JsonConverter<Comparator>
    {
        public override Comparator Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ComparatorSymbols.FromSymbol(reader.GetString() ?? "") ?? throw new JsonException("unknown comparator");

        public override void Write(Utf8JsonWriter writer, Comparator value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToSymbol());
    }

    private sealed class SourceSpanJsonConverter : JsonConverter<SourceSpan>
    {
        public override SourceSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            return new SourceSpan(root.GetProperty("start").GetInt32(), root.GetProperty("length").GetInt32());
        }

        public override void Write(Utf8JsonWriter writer, SourceSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", value.Start);
            writer.WriteNumber("length", value.Length);
            writer.WriteEndObject();
        }
    }
}
