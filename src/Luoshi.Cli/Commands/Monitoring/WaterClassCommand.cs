using System.CommandLine;
using Luoshi.Monitoring.Water;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary><c>luoshi water-class FILE.csv --sections SECTIONS.csv</c>: the GB 3838-2002 class of every sample, the
/// items that decide it and whether it meets its section's target class. Computes; stores nothing.</summary>
internal static class WaterClassCommand
{
    private const string Name = "luoshi water-class";

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Water samples (CSV: section,date and item codes such as ph,do,codmn,nh3n,tp)" };
        var sections = new Option<string>("--sections")
        {
            Description = "The sections and their targets (CSV: section,name,water_body,target_class)",
            HelpName = "SECTIONS.csv",
            Required = true,
        };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output)", HelpName = "OUT" };
        var command = new Command("water-class", "The water-quality class (GB 3838-2002) of each sample against its section's target")
        {
            file, sections, format, output,
        };
        command.SetAction(result => Run(
            result.GetValue(file)!, result.GetValue(sections)!, result.GetValue(format)!, result.GetValue(output), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the command: every error of both files on <paramref name="error"/> and exit code 2, or the rows on
    /// <paramref name="output"/> (or in <paramref name="outputPath"/>, written only when both files are good).</summary>
    public static int Run(string samplesPath, string sectionsPath, string format, string? outputPath, TextWriter output, TextWriter error)
    {
        var sections = WaterSectionFile.Read(sectionsPath);
        if (!sections.Succeeded)
        {
            return Failed(sections.Errors, error);
        }

        var samples = WaterSampleFile.Read(samplesPath, sections.Rows);
        if (!samples.Succeeded)
        {
            return Failed(samples.Errors, error);
        }

        var sectionById = sections.Rows.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var rows = samples.Rows.Select(s => WaterClassRow.Of(s, sectionById[s.Section]));
        using var text = new StringWriter();
        if (format == "json")
        {
            WaterClassWriter.WriteJson(rows, text);
        }
        else
        {
            WaterClassWriter.WriteCsv(rows, text);
        }

        return Deliver(text.ToString(), samples.Rows.Count, outputPath, output, error);
    }

    private static int Deliver(string text, int count, string? outputPath, TextWriter output, TextWriter error)
    {
        if (outputPath is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(outputPath, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{Name}: {outputPath}: cannot write the file: {e.Message}");
            return ExitCodes.BadInput;
        }

        output.WriteLine($"{outputPath} written ({count} samples)");
        return ExitCodes.Success;
    }

    private static int Failed(IEnumerable<WaterFileError> errors, TextWriter error)
    {
        foreach (var e in errors)
        {
            error.WriteLine($"{Name}: {e}");
        }

        return ExitCodes.BadInput;
    }
}
