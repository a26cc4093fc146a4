using System.CommandLine;
using System.Globalization;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air;
using Luoshi.Monitoring.Air;

namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>
/// <c>luoshi aqi FILE.csv</c>: the AQI of every hour (or, with <c>--daily</c>, of every station-day) of an air
/// monitoring file, computed without storing anything. Field names are a contract (docs/air-monitoring-files.md).
/// </summary>
internal static class AqiCommand
{
    private const string Name = "luoshi aqi";

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Air monitoring CSV: station,time,pm25,pm10,so2,no2,co,o3 (hourly), the daily columns, or a Beijing Multi-Site file" };
        var daily = new Option<bool>("--daily") { Description = "One record per station-day from hourly rows: daily values, validity, daily AQI" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var stations = new Option<string?>("--stations") { Description = "The known stations, one per line; any other station is an error" };
        var compare = new Option<bool>("--compare-standards") { Description = "Per station and year, and for all stations as one city: the share of good days by the rules in force, by HJ 633-2012 and by HJ 633-2026 side by side" };
        var command = new Command("aqi", "Air quality index (HJ 633-2012 before 2026-03-01, HJ 633-2026 from then) of each hour or station-day of a monitoring file") { file, daily, format, output, stations, compare };
        command.SetAction(result => Run(
            new AqiRequest(result.GetValue(file)!, result.GetValue(daily), result.GetValue(compare), result.GetValue(format)!, result.GetValue(output), result.GetValue(stations)),
            Console.OpenStandardOutput, Console.Error));
        return command;
    }

    /// <summary>Runs the command; every user error is a line on <paramref name="error"/>, exit code 2 and no output at all.</summary>
    public static int Run(AqiRequest request, Func<Stream> standardOutput, TextWriter error)
    {
        var (path, daily, format, outputPath, stationsPath) = (request.Path, request.Daily, request.Format, request.OutputPath, request.StationsPath);
        foreach (var needed in new[] { path, stationsPath })
        {
            if (needed is not null && !File.Exists(needed))
            {
                error.WriteLine($"{Name}: {needed}: file not found");
                return ExitCodes.BadInput;
            }
        }

        var options = new AirReadOptions(stationsPath is null ? null : StationList.Read(stationsPath), stationsPath is null ? null : Words.Same(stationsPath));
        var temporary = outputPath is null
            ? Path.Combine(Path.GetTempPath(), $"luoshi-aqi-{Guid.NewGuid():N}.tmp")
            : $"{Path.GetFullPath(outputPath)}.{Guid.NewGuid():N}.tmp";
        try
        {
            using var sink = new AqiOutput(temporary, format);
            var read = request.CompareStandards ? Compare(path, sink, options) : Read(path, daily, sink, options);
            if (!read.IsValid)
            {
                foreach (var problem in read.Errors)
                {
                    error.WriteLine($"{Name}: {problem}");
                }

                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name}: {read.Errors.Count} error(s) in {path}; nothing written"));
                return ExitCodes.BadInput;
            }

            Deliver(sink, temporary, outputPath, standardOutput);
            error.WriteLine(Summary(read, sink));
            return ExitCodes.Success;
        }
        catch (IOException e)
        {
            error.WriteLine($"{Name}: {e.Message}");
            return ExitCodes.BadInput;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static AirReadResult Read(string path, bool daily, AqiOutput sink, AirReadOptions options) =>
        daily && AirCsvReader.LayoutOf(path) is AirLayout.Hourly or AirLayout.BeijingMultiSite
            ? StationDayReader.Read(path, sink, options)
            : AirCsvReader.Read(path, sink, options);

    // Station-days from any layout, then one record per station-year and city-year, written once the file proved good.
    private static AirReadResult Compare(string path, AqiOutput sink, AirReadOptions options)
    {
        var comparison = new ComparisonOutput();
        var read = AirCsvReader.LayoutOf(path) is AirLayout.Daily
            ? AirCsvReader.Read(path, comparison, options)
            : StationDayReader.Read(path, comparison, options);
        if (read.IsValid)
        {
            comparison.WriteTo(sink, new AqiRecord());
        }

        return read;
    }

    private static void Deliver(AqiOutput sink, string temporary, string? outputPath, Func<Stream> standardOutput)
    {
        if (outputPath is null)
        {
            using var stdout = standardOutput();
            sink.CopyTo(stdout);
            return;
        }

        sink.Complete();
        sink.Dispose();
        File.Move(temporary, outputPath, overwrite: true);
    }

    private static string Summary(AirReadResult read, AqiOutput sink)
    {
        var missing = string.Join(", ", read.MissingValues.Where(m => m.Value > 0).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Value:N0}")));
        var days = read.Layout == AirLayout.Daily || sink.InvalidDays > 0 ? string.Create(CultureInfo.InvariantCulture, $", {sink.InvalidDays:N0} not valid") : "";
        var rules = string.Join(", ", AirStandards.All.Where(s => sink.ByStandard[(int)s - 1] > 0)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{sink.ByStandard[(int)s - 1]:N0} by {AirStandards.Name(s)}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {read.Rows:N0} rows, {read.Stations.Count} stations, {sink.Records:N0} records{days}{(rules.Length == 0 ? "" : $" ({rules})")}; missing values: {(missing.Length == 0 ? "none" : missing)}");
    }
}
