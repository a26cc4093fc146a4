using Luoshi.Domain.Progress;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Pass 2: reads the checked file again and writes it with the prepared statements, inside the caller's
/// transaction. A report is created (or its stored draft replaced) at its first line, which also gives its text.</summary>
internal static class ProgressWrite
{
    /// <summary>The number of reports written, or a conflict when a stored report changed since pass 1.</summary>
    public static async Task<(int Reports, StoreError? Conflict)> RunAsync(
        string path, ProgressLookups lookups, ProgressCommands commands, ValueSink values, DateTimeOffset now,
        IProgress<long>? rowsWritten, CancellationToken ct)
    {
        var (reader, problem) = CsvFile.Open(path, ProgressColumns.Names);
        if (reader is null)
        {
            return (0, problem);
        }

        var written = new Dictionary<int, int>();
        long rowsDone = 0;
        var unexpected = new CsvErrors(Path.GetFileName(path));
        using (reader)
        {
            var at = reader.Header.IndicesOf(ProgressColumns.Names);
            foreach (var row in reader)
            {
                if (++rowsDone % 65536 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    rowsWritten?.Report(rowsDone);
                }

                var line = ProgressLine.Read(row, at, lookups, unexpected)
                    ?? throw new InvalidOperationException($"line {row.LineNumberFrom} passed the check but cannot be read again");
                var lineNumber = row.LineNumberFrom;
                if (!written.TryGetValue(line.ReportKey, out var reportId))
                {
                    var text = new ReportText(
                        row[at[ProgressColumns.Progress]].ToString(), row[at[ProgressColumns.Problems]].ToString(), row[at[ProgressColumns.NextSteps]].ToString());
                    var (id, conflict) = await WriteReportAsync(lineNumber, text, line, lookups, commands, now, ct).ConfigureAwait(false);
                    if (conflict is not null)
                    {
                        return (written.Count, conflict);
                    }

                    written[line.ReportKey] = reportId = id;
                }

                await values.AddAsync(reportId, line, ct).ConfigureAwait(false);
            }
        }

        await values.FlushAsync(ct).ConfigureAwait(false);
        rowsWritten?.Report(rowsDone);

        return (written.Count, null);
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
