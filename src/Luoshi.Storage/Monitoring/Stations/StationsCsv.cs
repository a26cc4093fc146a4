using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.Monitoring.Stations;

/// <summary>Reads a stations file (station,name,district,latitude,longitude,sets; the last four optional) and checks
/// each line on its own. A city has tens of stations, so the rows are kept for the checks across lines.</summary>
internal static class StationsCsv
{
    public static readonly string[] Required = ["station", "name"];
    public static readonly string[] Optional = ["district", "latitude", "longitude", "sets"];

    public static (List<StationRow> Rows, CsvErrors Errors) Read(string path, CancellationToken ct)
    {
        var errors = new CsvErrors(Path.GetFileName(path));
        var rows = new List<StationRow>();
        var (file, problem) = RegisterCsv.Open(path, Required, Optional);
        if (file is null)
        {
            errors.Add(problem!);
            return (rows, errors);
        }

        using (file.Reader)
        {
            foreach (var row in file.Reader)
            {
                ct.ThrowIfCancellationRequested();
                var line = row.LineNumberFrom;
                if (row.ColCount != file.Reader.Header.ColNames.Count)
                {
                    errors.Add(line, "-", Catalogue.Files.ColumnCount(file.Reader.Header.ColNames.Count, row.ColCount));
                    continue;
                }

                var (code, name) = (file.Field(row, "station"), file.Field(row, "name"));
                if (code.Length == 0)
                {
                    errors.Add(line, "station", Catalogue.Files.Expected(Catalogue.Monitoring.StationCode));
                }

                if (name.Length == 0)
                {
                    errors.Add(line, "name", Catalogue.Files.Expected(Catalogue.Units.AName));
                }

                var latitude = file.Number(row, "latitude", -90, 90, Catalogue.Monitoring.Latitude, errors);
                var longitude = file.Number(row, "longitude", -180, 180, Catalogue.Monitoring.Longitude, errors);
                rows.Add(new StationRow(line, code, name, file.Field(row, "district"), latitude, longitude, SetNames.Parse(file.Field(row, "sets"))));
            }
        }

        return (rows, errors);
    }
}
