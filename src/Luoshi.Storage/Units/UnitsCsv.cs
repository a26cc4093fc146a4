using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;
using nietras.SeparatedValues;

namespace Luoshi.Storage.Units;

/// <summary>Reads a units file (code,name,kind,parent,aliases) and checks each line on its own: required fields and
/// the kind. Files of units are small (a city has hundreds), so the rows are kept for the checks across lines.</summary>
internal static class UnitsCsv
{
    public static readonly string[] Columns = ["code", "name", "kind", "parent", "aliases"];

    public static (List<UnitRow> Rows, CsvErrors Errors) Read(string path, IProgress<long>? rowsRead, CancellationToken ct)
    {
        var file = Path.GetFileName(path);
        var errors = new CsvErrors(file);
        var rows = new List<UnitRow>();
        var (reader, problem) = CsvFile.Open(path, Columns);
        if (reader is null)
        {
            errors.Add(problem!);
            return (rows, errors);
        }

        using (reader)
        {
            var at = reader.Header.IndicesOf(Columns);
            foreach (var row in reader)
            {
                ct.ThrowIfCancellationRequested();
                var line = row.LineNumberFrom;
                if (row.ColCount != reader.Header.ColNames.Count)
                {
                    errors.Add(line, "-", Catalogue.Files.ColumnCount(reader.Header.ColNames.Count, row.ColCount));
                    continue;
                }

                var (code, name, kindText) = (Field(row, at[0]), Field(row, at[1]), Field(row, at[2]));
                if (code.Length == 0)
                {
                    errors.Add(line, "code", Catalogue.Files.Expected(Catalogue.Units.ACode));
                }

                if (name.Length == 0)
                {
                    errors.Add(line, "name", Catalogue.Files.Expected(Catalogue.Units.AName));
                }

                var kind = UnitKindNames.Parse(kindText);
                if (kind is null)
                {
                    errors.Add(line, "kind", Catalogue.Files.ExpectedFound(Catalogue.Units.Kinds, kindText));
                }

                var aliases = Field(row, at[4]).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                rows.Add(new UnitRow(line, code, name, kind, Field(row, at[3]), aliases));
                rowsRead?.Report(rows.Count);
            }
        }

        return (rows, errors);
    }

    private static string Field(SepReader.Row row, int index) => row[index].ToString().Trim();
}
