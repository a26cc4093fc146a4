using Luoshi.Domain.Wording;
using Luoshi.Indicators.Water;
using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Water;

/// <summary>Reads the sections file the office edits: <c>section,name,water_body,target_class</c>, one section a line,
/// water_body <c>river</c> or <c>lake</c> (湖、库), target_class <c>I</c>…<c>V</c> (Ⅲ and Ⅲ类 are read too).
/// Other columns are ignored, so the office can keep notes beside them.</summary>
public static class WaterSectionFile
{
    /// <summary>The required columns, in the documented order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["section", "name", "water_body", "target_class"];

    /// <summary>Reads a sections file; every error is collected and then none of the sections is returned.</summary>
    public static WaterFileResult<WaterSection> Read(string path) => WaterCsv.Read(path, Read);

    /// <summary>Reads sections from text; <paramref name="file"/> names it in errors.</summary>
    public static WaterFileResult<WaterSection> Read(TextReader text, string file)
    {
        using var reader = WaterCsv.Open(text);
        var missing = Columns.Where(c => !reader.Header.TryIndexOf(c, out _)).ToList();
        if (reader.Header.IsEmpty || missing.Count > 0)
        {
            return WaterCsv.Failed<WaterSection>(new WaterFileError(
                file, new FilePlace(file, 1, null), Catalogue.Monitoring.SectionsHeader(reader.Header.IsEmpty ? null : missing, Columns)));
        }

        var sections = new List<WaterSection>();
        var errors = new List<WaterFileError>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var fieldCount = reader.Header.ColNames.Count;
        foreach (var row in reader)
        {
            if (WaterCsv.IsBlank(row))
            {
                continue;
            }

            if (row.ColCount != fieldCount)
            {
                errors.Add(WaterCsv.FieldCount(file, row, fieldCount));
                continue;
            }

            if (ReadRow(row, file, firstLineOf, errors) is { } section && errors.Count == 0)
            {
                sections.Add(section);
            }
        }

        return WaterFileResult<WaterSection>.From(sections, errors);
    }

    private static WaterSection? ReadRow(SepReader.Row row, string file, Dictionary<string, int> firstLineOf, List<WaterFileError> errors)
    {
        var line = row.LineNumberFrom;
        var before = errors.Count;
        void Error(string column, Words message) => errors.Add(new WaterFileError(file, new FilePlace(file, line, column), message));

        var id = row["section"].ToString();
        if (id.Length == 0)
        {
            Error("section", Catalogue.Monitoring.NoSectionCode);
        }
        else if (!firstLineOf.TryAdd(id, line))
        {
            Error("section", Catalogue.Monitoring.SectionTwice(id, firstLineOf[id]));
        }

        var name = row["name"].ToString();
        if (name.Length == 0)
        {
            Error("name", Catalogue.Monitoring.NoSectionName);
        }

        var bodyText = row["water_body"].ToString();
        WaterBody? body = bodyText.ToUpperInvariant() switch
        {
            "RIVER" => WaterBody.River,
            "LAKE" => WaterBody.Lake,
            _ => null,
        };
        if (body is null)
        {
            Error("water_body", Catalogue.Monitoring.WaterBody(bodyText));
        }

        var targetText = row["target_class"].ToString();
        if (!WaterClasses.TryParse(targetText, out var target) || target == WaterClass.WorseThanV)
        {
            Error("target_class", Catalogue.Monitoring.TargetClass(targetText));
        }

        return errors.Count == before ? new WaterSection(id, name, body!.Value, target) : null;
    }
}
