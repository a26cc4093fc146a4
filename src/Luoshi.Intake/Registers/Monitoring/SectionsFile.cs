using Luoshi.Domain.Monitoring;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Water;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Files;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;
using Luoshi.Monitoring.Water;

namespace Luoshi.Intake.Registers.Monitoring;

/// <summary>A sections file: <c>section,name,water_body,target_class</c> read by the reader the <c>water-class</c>
/// command uses (one file, one set of GB 3838 rules), decoded by the one encoding policy, plus the office's optional
/// <c>level</c> (国考, 省考) and <c>sets</c> columns read as a table.</summary>
public static class SectionsFile
{
    /// <summary>The office's columns besides the water reader's.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
        [new("section", "断面"), new("level", "级别", Required: false), new("sets", "集合", Required: false)];

    private const int Section = 0, Level = 1, Sets = 2;

    /// <summary>The sections of <paramref name="file"/> with their level and sets, or its problems (then no rows).</summary>
    public static (List<SectionLine> Rows, ProblemList Problems) Read(IntakeFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new ProblemList(file.Name);
        var sections = ReadSections(file, problems);
        if (sections is null)
        {
            return ([], problems);
        }

        // The water reader has checked every line and found each code once, so the extra columns join by code.
        var extra = new Dictionary<string, (int Row, string Level, List<string> Sets)>(StringComparer.Ordinal);
        var (table, unreadable) = TableFiles.Open(file, Columns);
        if (table is null)
        {
            problems.Add(unreadable!);
            return ([], problems);
        }

        using (table)
        {
            while (table.MoveNext())
            {
                var code = table.Text(Section);
                if (code.Length > 0)
                {
                    extra[code] = (table.Number, table.Line(Level, problems, TextRules.Name), SetNames.Parse(table.Line(Sets, problems, TextRules.Note)));
                }
            }
        }

        return ([.. sections.Select(s => new SectionLine(new SiteLine(extra[s.Id].Row, s.Id, extra[s.Id].Sets), s, extra[s.Id].Level))], problems);
    }

    private static IReadOnlyList<WaterSection>? ReadSections(IntakeFile file, ProblemList problems)
    {
        var (stream, problem) = file.Open();
        var (text, notText) = stream is null ? (null, problem) : TextEncoding.Open(stream, file.Name);
        if (text is null)
        {
            problems.Add(notText!);
            return null;
        }

        using (text)
        {
            var read = WaterSectionFile.Read(text, file.Name);
            foreach (var error in read.Errors)
            {
                // The water reader's words (Catalogue.Monitoring.Files), placed by the file's name as the user named it.
                problems.Add(new Problem(error.Message,
                    error.Place is { } p ? new Place(file.Name, Line: p.Line, Column: p.Column) : Place.OfFile(file.Name)));
            }

            return read.Succeeded ? read.Rows : null;
        }
    }
}

/// <summary>One section of a sections file, with the office's level and sets.</summary>
public sealed record SectionLine(SiteLine Site, WaterSection Section, string Level);
