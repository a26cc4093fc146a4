using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Luoshi.Documents.Csv;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>Writes <c>luoshi aqi</c> records one at a time, so the output never has to fit in memory.</summary>
internal abstract class AqiRecordWriter : IDisposable
{
    public static AqiRecordWriter For(string format, Stream output) => format switch
    {
        "json" => new Json(output),
        _ => new Csv(output),
    };

    public abstract void Write(ReadOnlySpan<AqiField> record);

    public abstract void Dispose();

    /// <summary>Numbers as the shortest text that reads back the same (invariant culture).</summary>
    private static string NumberText(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>CSV (RFC 4180): a header from the first record's names; lists joined with ';'; booleans true/false; blank
    /// for none; text (a station's name from the input file) never starts a formula (<see cref="CsvText"/>).</summary>
    private sealed class Csv(Stream output) : AqiRecordWriter
    {
        private readonly StreamWriter _writer = new(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        private bool _header;

        public override void Write(ReadOnlySpan<AqiField> record)
        {
            if (!_header)
            {
                _header = true;
                for (var i = 0; i < record.Length; i++)
                {
                    _writer.Write(i == 0 ? "" : ",");
                    _writer.Write(record[i].Name);
                }

                _writer.WriteLine();
            }

            for (var i = 0; i < record.Length; i++)
            {
                _writer.Write(i == 0 ? "" : ",");
                _writer.Write(Cell(record[i]));
            }

            _writer.WriteLine();
        }

        public override void Dispose() => _writer.Dispose();

        private static string Cell(in AqiField field) => field.Kind switch
        {
            AqiFieldKind.Number => field.Number is { } n ? NumberText(n) : "",
            AqiFieldKind.Flag => field.Flag ? "true" : "false",
            AqiFieldKind.List => Escaped(CsvText.Cell(string.Join(';', field.List!))),
            _ => Escaped(CsvText.Cell(field.Text)),
        };

        private static string Escaped(string text) =>
            text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>JSON: an array of objects, one per line; null for none, Chinese unescaped.</summary>
    private sealed class Json : AqiRecordWriter
    {
        private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
        private readonly Stream _output;
        private readonly Utf8JsonWriter _writer;
        private bool _first = true;

        public Json(Stream output)
        {
            _output = output;
            _writer = new Utf8JsonWriter(output, Options);
            _output.WriteByte((byte)'[');
        }

        public override void Write(ReadOnlySpan<AqiField> record)
        {
            _output.Write(_first ? "\n"u8 : ",\n"u8);
            _first = false;
            _writer.Reset();
            _writer.WriteStartObject();
            foreach (var field in record)
            {
                WriteField(field);
            }

            _writer.WriteEndObject();
            _writer.Flush();
        }

        public override void Dispose()
        {
            _output.Write(_first ? "]\n"u8 : "\n]\n"u8);
            _writer.Dispose();
            _output.Flush();
        }

        private void WriteField(in AqiField field)
        {
            _writer.WritePropertyName(field.Name);
            switch (field.Kind)
            {
                case AqiFieldKind.Number when field.Number is { } n:
                    _writer.WriteRawValue(NumberText(n), skipInputValidation: true);
                    break;
                case AqiFieldKind.Flag:
                    _writer.WriteBooleanValue(field.Flag);
                    break;
                case AqiFieldKind.List:
                    _writer.WriteStartArray();
                    foreach (var item in field.List!)
                    {
                        _writer.WriteStringValue(item);
                    }

                    _writer.WriteEndArray();
                    break;
                case AqiFieldKind.Text when field.Text is not null:
                    _writer.WriteStringValue(field.Text);
                    break;
                default:
                    _writer.WriteNullValue();
                    break;
            }
        }
    }
}
