using System.Globalization;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;
using nietras.SeparatedValues;

namespace Luoshi.Storage.Monitoring;

/// <summary>What the stations and sections files share: required and optional columns found by name, a row's fields
/// trimmed, and an optional number in a range read with its place.</summary>
internal sealed class RegisterCsv
{
    private readonly Dictionary<string, int> _at = new(StringComparer.Ordinal);

    private RegisterCsv(SepReader reader, IEnumerable<string> columns)
    {
        Reader = reader;
        foreach (var column in columns)
        {
            if (reader.Header.TryIndexOf(column, out var index))
            {
                _at[column] = index;
            }
        }
    }

    public SepReader Reader { get; }

    /// <summary>The file with its required columns, or the error saying what is wrong with it.</summary>
    public static (RegisterCsv? File, Problem? Error) Open(string path, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        var (reader, problem) = CsvFile.Open(path, required);
        return reader is null ? (null, problem) : (new RegisterCsv(reader, required.Concat(optional)), null);
    }

    /// <summary>The trimmed field of a column, empty when the header lacks that optional column.</summary>
    public string Field(SepReader.Row row, string column) => _at.TryGetValue(column, out var i) ? row[i].ToString().Trim() : "";

    /// <summary>An optional number from <paramref name="min"/> to <paramref name="max"/>: null when blank, else the value
    /// or an error at its place.</summary>
    public double? Number(SepReader.Row row, string column, double min, double max, Words expected, CsvErrors errors)
    {
        var text = Field(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(row.LineNumberFrom, column, Catalogue.Files.ExpectedFound(expected, text));
        return null;
    }
}
