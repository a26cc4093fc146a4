using System.Text;
using Luoshi.Domain.Wording;
using nietras.SeparatedValues;

namespace Luoshi.Storage.Villages.Files;

/// <summary>Reads a register CSV file (comma-separated, quoted fields, UTF-8 with or without BOM).</summary>
internal static class CsvRegister
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (RegisterTable? Table, List<Problem> Errors) Read(VillageFile file, IReadOnlyList<RegisterColumn> columns)
    {
        string text;
        try
        {
            text = Strict.GetString(file.Content);
        }
        catch (DecoderFallbackException)
        {
            // Excel's "CSV" in a Chinese locale is GBK; saying so is more useful than garbled names.
            return (null, [new Problem(Catalogue.Files.NotUtf8, Place.OfFile(file.Name))]);
        }

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(text.TrimStart('\uFEFF'));
        if (reader.Header.IsEmpty)
        {
            return (null, [new Problem(Catalogue.Files.EmptyNeedsHeader(columns.Select(c => c.Name)), Place.OfFile(file.Name))]);
        }

        var (at, missing) = RegisterHeader.Map(reader.Header.ColNames, columns);
        if (missing is not null)
        {
            return (null, [new Problem(missing.Value, new Place(file.Name, Line: 1))]);
        }

        var letters = at.Select(i => i < 0 ? "" : "csv").ToArray();
        var rows = new List<RegisterRow>();
        var errors = new List<Problem>();
        var width = reader.Header.ColNames.Count;
        foreach (var row in reader)
        {
            var cells = new string[columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = at[c] >= 0 && at[c] < row.ColCount ? row[at[c]].ToString().Trim() : "";
            }

            if (cells.All(c => c.Length == 0) && (row.ColCount == 1 || row.ColCount == width))
            {
                continue;
            }

            if (row.ColCount != width)
            {
                if (errors.Count < 100)
                {
                    errors.Add(new Problem(Catalogue.Files.ColumnCount(width, row.ColCount), new Place(file.Name, Line: row.LineNumberFrom)));
                }

                continue;
            }

            rows.Add(new RegisterRow(row.LineNumberFrom, cells));
        }

        return (new RegisterTable(file.Name, null, columns, letters, rows), errors);
    }
}
