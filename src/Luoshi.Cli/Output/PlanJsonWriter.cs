using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.Cli.Output;

/// <summary>The JSON contract: snake_case fields, kinds such as <c>bottom_line</c>, comparators as symbols
/// (&gt;=, &lt;=, =, ~, between), dates in ISO form and spans as start and length.</summary>
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
            new ComparatorJsonConverter(),
            new SourceSpanJsonConverter(),
        },
    };

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
