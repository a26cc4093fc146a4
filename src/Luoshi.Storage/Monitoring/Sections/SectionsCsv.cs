using Luoshi.Domain.Wording;
using Luoshi.Monitoring.Water;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.Monitoring.Sections;

/// <summary>Reads a sections file: <c>section,name,water_body,target_class</c> by the reader the <c>water-class</c>
/// command uses (one file, one set of rules), plus the office's optional <c>level</c> and <c>sets</c> columns.</summary>
internal static class SectionsCsv
{
    public static readonly string[] Optional = ["level", "sets"];

    public static (List<SectionRow> Rows, CsvErrors Errors) Read(string path, CancellationToken ct)
    {
        var errors = new CsvErrors(Path.GetFileName(path));
        var sections = WaterSectionFile.Read(path);
        foreach (var error in sections.Errors)
        {
            // Places name the file as the other importers do, without the directory.
            errors.Add(new Problem(error.Message, error.Place is { } p ? (p with { File = Path.GetFileName(p.File) }).ToPlace() : Place.OfFile(Path.GetFileName(error.File))));
        }

        if (!sections.Succeeded)
        {
            return ([], errors);
        }

        // The rules' reader has already checked every line and found each code once, so the extra columns join by code.
        var extra = new Dictionary<string, (int Line, string Level, List<string> Sets)>(StringComparer.Ordinal);
        var (file, problem) = RegisterCsv.Open(path, ["section"], Optional);
        if (file is null)
        {
            errors.Add(problem!);
            return ([], errors);
        }

        using (file.Reader)
        {
            foreach (var row in file.Reader)
            {
                ct.ThrowIfCancellationRequested();
                var code = file.Field(row, "section");
                if (code.Length > 0)
                {
                    extra[code] = (row.LineNumberFrom, file.Field(row, "level"), SetNames.Parse(file.Field(row, "sets")));
                }
            }
        }

        return ([.. sections.Rows.Select(s => new SectionRow(extra[s.Id].Line, s.Id, s.Name, s.Body, s.Target, extra[s.Id].Level, extra[s.Id].Sets))], errors);
    }
}
