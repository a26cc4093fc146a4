using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
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
                    errors.Add(row.LineNumberFrom, "-", Catalogue.Files.ColumnCount(width, row.ColCount));
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
                    var head = new ReportHead(line.Target.Task, line.Period, line.Unit, line.State, text);
                    var (id, conflict) = await WriteReportAsync(CsvFile.At(lookups.File, row.LineNumberFrom), head, lookups, commands, now, ct).ConfigureAwait(false);
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

    /// <summary>Creates a report, or replaces the stored one (its values cleared) if its version is still the one the
    /// lookups read; <paramref name="place"/> locates a conflict.</summary>
    public static async Task<(int Id, Problem? Conflict)> WriteReportAsync(
        Place place, ReportHead head, ProgressLookups lookups, ProgressCommands commands, DateTimeOffset now, CancellationToken ct)
    {
        var stored = lookups.Reports.GetValueOrDefault(ProgressLookups.ReportKey(head.Task.Index, head.Period));
        var command = stored is null ? commands.InsertReport : commands.UpdateReport;
        ProgressCommands.Set(command, "unit", head.Unit);
        ProgressCommands.Set(command, "state", head.State.ToString());
        ProgressCommands.Set(command, "progress", head.Text.Progress);
        ProgressCommands.Set(command, "problems", head.Text.Problems);
        ProgressCommands.Set(command, "next_steps", head.Text.NextSteps);
        ProgressCommands.Set(command, "submitted_at", head.State == ReportState.Draft ? null : now);
        if (stored is null)
        {
            ProgressCommands.Set(command, "task_id", head.Task.Id);
            ProgressCommands.Set(command, "period", head.Period);
            return (Convert.ToInt32(await ProgressCommands.ScalarAsync(command, ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture), null);
        }

        ProgressCommands.Set(command, "id", stored.Id);
        ProgressCommands.Set(command, "version", stored.Version);
        if (await ProgressCommands.ExecuteAsync(command, ct).ConfigureAwait(false) != 1)
        {
            return (0, new Problem(Catalogue.Progress.ChangedWhileRead(head.Task.Code, head.Period), place, ProblemKind.Conflict));
        }

        ProgressCommands.Set(commands.ClearValues, "report_id", stored.Id);
        await ProgressCommands.ExecuteAsync(commands.ClearValues, ct).ConfigureAwait(false);
        return (stored.Id, null);
    }

    /// <summary>The narrative of a report.</summary>
    public sealed record ReportText(string Progress, string Problems, string NextSteps);

    /// <summary>A report's own fields: which task and period, whose, in which state, and its text.</summary>
    public sealed record ReportHead(ProgressLookups.TaskInfo Task, int Period, string Unit, ReportState State, ReportText Text);
}
