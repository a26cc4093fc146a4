using System.Text;
using nietras.SeparatedValues;

namespace Luoshi.Storage.Villages.Files;

/// <summary>Reads a register CSV file (comma-separated, quoted fields, UTF-8 with or without BOM).</summary>
internal static class CsvRegister
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (RegisterTable? Table, List<StoreError> Errors) Read(VillageFile file, IReadOnlyList<RegisterColumn> columns)
    {
        string text;
        try
        {
            text = Strict.GetString(file.Content);
        }
        catch (DecoderFallbackException)
        {
            // Excel's "CSV" in a Chinese locale is GBK; saying so is more useful than garbled names.
            return (null, [new StoreError("expected UTF-8 text (save as “CSV UTF-8” in Excel or WPS) or an .xlsx workbook", file.Name)]);
        }

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(text.TrimStart('\uFEFF'));
        if (reader.Header.IsEmpty)
        {
            return (null, [new StoreError($"the file is empty; expected a header line: {string.Join(',', columns.Select(c => c.Name))}", file.Name)]);
        }

        var (at, missing) = RegisterHeader.Map(reader.Header.ColNames, columns);
        if (missing is not null)
        {
            return (null, [new StoreError(missing, $"{file.Name}, line 1")]);
        }

        var letters = at.Select(i => i < 0 ? "" : "csv").ToArray();
        var rows = new List<RegisterRow>();
        var errors = new List<StoreError>();
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
                    errors.Add(new StoreError($"expected {width} columns, found {row.ColCount}", $"{file.Name}, line {row.LineNumberFrom}"));
                }

                continue;
            }

            rows.Add(new RegisterRow(row.LineNumberFrom, cells));
        }

        return (new RegisterTable(file.Name, null, columns, letters, rows), errors);
    }
}
