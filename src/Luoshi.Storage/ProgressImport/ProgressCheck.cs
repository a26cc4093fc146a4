using System.Collections;
using Luoshi.Domain.Progress;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Pass 1: reads the whole file once and finds every problem, keeping only small tables (one bit per target
/// and period, one entry per report), so memory stays flat whatever the file's length.</summary>
internal static class ProgressCheck
{
    /// <summary>The number of data rows and the errors found.</summary>
    public static (long Rows, CsvErrors Errors) Run(string path, ProgressLookups lookups, IProgress<long>? rowsRead, CancellationToken ct)
    {
        var errors = new CsvErrors(Path.GetFileName(path));
        var (reader, problem) = CsvFile.Open(path, ProgressColumns.Names);
        if (reader is null)
        {
            errors.Add(problem!);
            return (0, errors);
        }

        var seen = new BitArray(Math.Max(1, lookups.Targets.Count * 32));
        var heads = new Dictionary<int, (int Line, string Unit, ReportState State)>();
        long rows = 0;
        using (reader)
        {
            var at = reader.Header.IndicesOf(ProgressColumns.Names);
            var width = reader.Header.ColNames.Count;
            foreach (var row in reader)
            {
                if (++rows % 65536 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    rowsRead?.Report(rows);
                }

                if (row.ColCount != width)
                {
                    errors.Add(row.LineNumberFrom, "-", $"expected {width} columns, found {row.ColCount}");
                    continue;
                }

                if (ProgressLine.Read(row, at, lookups, errors) is { } line)
                {
                    CheckAgainstOthers(line, row.LineNumberFrom, lookups, seen, heads, errors);
                }
            }
        }

        rowsRead?.Report(rows);
        return (rows, errors);
    }

    private static void CheckAgainstOthers(
        ProgressLine line, int lineNumber, ProgressLookups lookups, BitArray seen,
        Dictionary<int, (int Line, string Unit, ReportState State)> heads, CsvErrors errors)
    {
        var bit = (line.Target.Index * 32) + line.Period - 1;
        if (seen[bit])
        {
            errors.Add(lineNumber, "target", $"target {line.Target.Code} already has a value for period {line.Period} on an earlier line");
            return;
        }

        seen[bit] = true;
        if (!heads.TryGetValue(line.ReportKey, out var head))
        {
            heads[line.ReportKey] = (lineNumber, line.Unit, line.State);
            if (lookups.Reports.TryGetValue(line.ReportKey, out var stored) && !ReportWorkflow.IsEditable(stored.State))
            {
                errors.Add(lineNumber, "period",
                    $"the report of task {line.Target.Task.Code} for period {line.Period} is already {stored.State.ToString().ToLowerInvariant()} "
                    + "and can no longer be replaced");
            }
        }
        else if (head.Unit != line.Unit)
        {
            errors.Add(lineNumber, "unit", $"expected {head.Unit}, the unit of the same report on line {head.Line}");
        }
        else if (head.State != line.State)
        {
            errors.Add(lineNumber, "state", $"expected {head.State.ToString().ToLowerInvariant()}, the state of the same report on line {head.Line}");
        }
    }
}
