using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Luoshi.Documents.Csv;
using Luoshi.Indicators.Water;
using nietras.SeparatedValues;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>The output contract of <c>luoshi water-class</c> (docs/water-quality.md): these field names are relied on by
/// scripts, so they do not change.</summary>
internal static class WaterClassWriter
{
    public static readonly string[] Fields =
        ["section", "date", "class", "deciding_items", "target_class", "meets_target", "exceeding", "tn_class"];

    private static readonly JsonWriterOptions _json = new()
    {
        Indented = true,
        // 劣V stays readable; the output is a file or a pipe, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>CSV with a byte-order mark (so Excel reads 劣V as UTF-8): lists joined with ";", exceeding items as
    /// <c>item:multiple</c> (a bare item for pH and DO, which have no multiple), absent values empty; the section's id,
    /// taken from the input file, never starts a formula (<see cref="CsvText"/>).</summary>
    public static void WriteCsv(IEnumerable<WaterClassRow> rows, TextWriter output)
    {
        output.Write('\uFEFF');
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output);
        foreach (var r in rows)
        {
            using var row = writer.NewRow();
            row["section"].Set(CsvText.Cell(r.Section.Id));
            row["date"].Set(Date(r.Sample.Date));
            row["class"].Set(r.Class is { } c ? WaterClasses.Name(c.Class) : "");
            row["deciding_items"].Set(string.Join(';', r.Class?.Deciding.Select(WaterItemCodes.Of) ?? []));
            row["target_class"].Set(WaterClasses.Name(r.Section.Target));
            row["meets_target"].Set(r.MeetsTarget switch { true => "true", false => "false", null => "" });
            row["exceeding"].Set(string.Join(';', r.Exceeding.Select(Exceeding)));
            row["tn_class"].Set(r.TotalNitrogenClass is { } tn ? WaterClasses.Name(tn) : "");
        }
    }

    /// <summary>A JSON array, one object per sample with the same fields; lists are arrays, exceeding items objects
    /// <c>{"item", "multiple"}</c>, absent values null.</summary>
    public static void WriteJson(IEnumerable<WaterClassRow> rows, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _json))
        {
            json.WriteStartArray();
            foreach (var r in rows)
            {
                WriteObject(json, r);
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteObject(Utf8JsonWriter json, WaterClassRow r)
    {
        json.WriteStartObject();
        json.WriteString("section", r.Section.Id);
        json.WriteString("date", Date(r.Sample.Date));
        WriteClass(json, "class", r.Class?.Class);
        json.WriteStartArray("deciding_items");
        foreach (var item in r.Class?.Deciding ?? [])
        {
            json.WriteStringValue(WaterItemCodes.Of(item));
        }

        json.WriteEndArray();
        WriteClass(json, "target_class", r.Section.Target);
        if (r.MeetsTarget is { } meets)
        {
            json.WriteBoolean("meets_target", meets);
        }
        else
        {
            json.WriteNull("meets_target");
        }

        json.WriteStartArray("exceeding");
        foreach (var e in r.Exceeding)
        {
            json.WriteStartObject();
            json.WriteString("item", WaterItemCodes.Of(e.Item));
            if (e.Multiple is { } multiple)
            {
                json.WriteNumber("multiple", WaterClassRow.Printed(multiple));
            }
            else
            {
                json.WriteNull("multiple");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteClass(json, "tn_class", r.TotalNitrogenClass);
        json.WriteEndObject();
    }

    private static void WriteClass(Utf8JsonWriter json, string name, WaterClass? waterClass)
    {
        if (waterClass is { } c)
        {
            json.WriteString(name, WaterClasses.Name(c));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Exceeding(Exceedance e) => e.Multiple is { } multiple
        ? $"{WaterItemCodes.Of(e.Item)}:{WaterClassRow.Printed(multiple).ToString("0.##", CultureInfo.InvariantCulture)}"
        : WaterItemCodes.Of(e.Item);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
