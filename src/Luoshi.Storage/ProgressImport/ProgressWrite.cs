using Luoshi.Domain.Progress;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Reads a progress file once, checking every line and writing it with the prepared statements inside the
/// caller's transaction. From the first problem on it only checks, so that every error is listed; the caller then
/// rolls the transaction back and nothing from the file is stored. A report is created (or its stored draft
/// replaced) at its first line, which also gives its text.</summary>
internal static class ProgressWrite
{
    /// <summary>The rows read, the reports written and the problems found (a conflict when a stored report changed
    /// since the lookups were read).</summary>
    public static async Task<(long Rows, int Reports, CsvErrors Errors)> RunAsync(
        string path, ProgressLookups lookups, ProgressCommands commands, ValueSink values, DateTimeOffset now,
        IProgress<long>? rowsRead, CancellationToken ct)
    {
        var errors = new CsvErrors(Path.GetFileName(path));
        var (reader, problem) = CsvFile.Open(path, ProgressColumns.Names);
        if (reader is null)
        {
            errors.Add(problem!);
            return (0, 0, errors);
        }

        var written = new Dictionary<int, int>();
        var rules = new ProgressCheck(lookups);
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

                if (ProgressLine.Read(row, at, lookups, errors) is not { } line || !rules.Check(line, row.LineNumberFrom, errors) || errors.Any)
                {
                    continue;
                }

                if (!written.TryGetValue(line.ReportKey, out var reportId))
                {
                    var text = new ReportText(
                        row[at[ProgressColumns.Progress]].ToString(), row[at[ProgressColumns.Problems]].ToString(), row[at[ProgressColumns.NextSteps]].ToString());
                    var (id, conflict) = await WriteReportAsync(row.LineNumberFrom, text, line, lookups, commands, now, ct).ConfigureAwait(false);
                    if (conflict is not null)
                    {
                        errors.Add(conflict);
                        return (rows, written.Count, errors);
                    }

                    written[line.ReportKey] = reportId = id;
                }

                await values.AddAsync(reportId, line, ct).ConfigureAwait(false);
            }
        }

        if (!errors.Any)
        {
            await values.FlushAsync(ct).ConfigureAwait(false);
        }

        rowsRead?.Report(rows);
        return (rows, written.Count, errors);
    }

    private static async Task<(int Id, StoreError? Conflict)> WriteReportAsync(
        int lineNumber, ReportText text, ProgressLine line, ProgressLookups lookups, ProgressCommands commands, DateTimeOffset now, CancellationToken ct)
    {
        var stored = lookups.Reports.GetValueOrDefault(line.ReportKey);
        var command = stored is null ? commands.InsertReport : commands.UpdateReport;
        ProgressCommands.Set(command, "unit", line.Unit);
        ProgressCommands.Set(command, "state", line.State.ToString());
        ProgressCommands.Set(command, "progress", text.Progress);
        ProgressCommands.Set(command, "problems", text.Problems);
        ProgressCommands.Set(command, "next_steps", text.NextSteps);
        ProgressCommands.Set(command, "submitted_at", line.State == ReportState.Draft ? null : now);
        if (stored is null)
        {
            ProgressCommands.Set(command, "task_id", line.Target.Task.Id);
            ProgressCommands.Set(command, "period", line.Period);
            return (Convert.ToInt32(await ProgressCommands.ScalarAsync(command, ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture), null);
        }

        ProgressCommands.Set(command, "id", stored.Id);
        ProgressCommands.Set(command, "version", stored.Version);
        if (await ProgressCommands.ExecuteAsync(command, ct).ConfigureAwait(false) != 1)
        {
            return (0, new StoreError(
                $"conflict: the report of task {line.Target.Task.Code} for period {line.Period} was changed while the file was read; "
                + "nothing was stored; import the file again", CsvFile.Place(lookups.File, lineNumber)));
        }

        ProgressCommands.Set(commands.ClearValues, "report_id", stored.Id);
        await ProgressCommands.ExecuteAsync(commands.ClearValues, ct).ConfigureAwait(false);
        return (stored.Id, null);
    }

    private sealed record ReportText(string Progress, string Problems, string NextSteps);
}
