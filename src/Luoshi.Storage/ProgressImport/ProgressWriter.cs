using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Progress;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Reading.Facts;

namespace Luoshi.Storage.ProgressImport;

/// <summary>Writes a progress file's reports and values as they are read: a stored draft is replaced at once (its
/// version checked, its values cleared); new reports and all values are gathered into batches of 8,192 values and
/// written by the bulk writer — reports first, with ids the writer assigned, then their values — so a million rows
/// cost no round trip each and memory holds one batch plus one id per report.</summary>
internal sealed class ProgressWriter(BulkWriter bulk, ProgressCommands commands, ProgressPlan plan, DateTimeOffset now, ImportedFacts? facts)
{
    private const int Batch = 8192;

    private readonly Dictionary<int, int> _ids = [];
    private readonly Dictionary<int, int> _pending = [];
    private readonly List<ReportHead> _reports = [];
    private readonly List<(int Report, ProgressLine Line)> _values = new(Batch);

    /// <summary>The reports written or replaced.</summary>
    public int Reports { get; private set; }

    /// <summary>The values written.</summary>
    public long Values { get; private set; }

    /// <summary>Takes one value (with its report's narrative on the report's first line); a conflict with a stored report
    /// changed since the lookups were read is returned, and then nothing may be committed.</summary>
    /// <remarks>Most values belong to a report already met and complete without awaiting anything: they take no state
    /// machine (a million of them cost a few hundred milliseconds).</remarks>
    public ValueTask<Words?> AddAsync(ProgressLine line, CancellationToken ct)
    {
        var key = ProgressPlan.ReportKey(line.Target.Task.Index, line.Period);
        if (_ids.TryGetValue(key, out var id))
        {
            return Add(id, line, ct);
        }

        return _pending.TryGetValue(key, out var slot) ? Add(~slot, line, ct) : AddToNewReportAsync(line, ct);
    }

    /// <summary>Creates a report, or replaces the stored one, even when it has no value (a narrative only); returns its
    /// id, or the complement of its slot in the batch until the batch is written.</summary>
    public async ValueTask<(int Report, Words? Conflict)> ReportAsync(ReportHead head, CancellationToken ct)
    {
        var key = ProgressPlan.ReportKey(head.Task.Index, head.Period);
        if (_ids.TryGetValue(key, out var id))
        {
            return (id, null);
        }

        if (_pending.TryGetValue(key, out var slot))
        {
            return (~slot, null);
        }

        Reports++;
        if (plan.Reports.TryGetValue(key, out var stored))
        {
            if (!await ReplaceAsync(stored, head, ct).ConfigureAwait(false))
            {
                return (0, Catalogue.Progress.Conflict(head.Task.Code, plan.Calendar[head.Period]));
            }

            _ids[key] = stored.Id;
            return (stored.Id, null);
        }

        _pending[key] = _reports.Count;
        _reports.Add(head);
        facts?.Report(head);
        return (~(_reports.Count - 1), null);
    }

    private async ValueTask<Words?> AddToNewReportAsync(ProgressLine line, CancellationToken ct)
    {
        var (report, conflict) = await ReportAsync(new ReportHead(line.Target.Task, line.Period, line.Unit, line.State, line.Text), ct)
            .ConfigureAwait(false);
        return conflict ?? await Add(report, line, ct).ConfigureAwait(false);
    }

    private ValueTask<Words?> Add(int report, ProgressLine line, CancellationToken ct)
    {
        _values.Add((report, line));
        facts?.Value(line);
        return _values.Count == Batch ? FlushedAsync(ct) : default;
    }

    private async ValueTask<Words?> FlushedAsync(CancellationToken ct)
    {
        await FlushAsync(false, ct).ConfigureAwait(false);
        return null;
    }

    /// <summary>Writes the batch gathered so far; with <paramref name="last"/>, also the last task_facts rows.</summary>
    public async Task FlushAsync(bool last, CancellationToken ct)
    {
        var ids = _reports.Count == 0 ? [] : await bulk.ReserveIdsAsync("progress_reports", _reports.Count, ct).ConfigureAwait(false);
        if (ids.Length > 0)
        {
            await bulk.WriteAsync(ProgressTables.Reports, Enumerable.Range(0, _reports.Count), (i, row) => WriteReport(row, ids[i], _reports[i]), ct)
                .ConfigureAwait(false);
        }

        foreach (var (key, slot) in _pending)
        {
            _ids[key] = ids[slot];
        }

        if (_values.Count > 0)
        {
            await bulk.WriteAsync(ProgressTables.Values, _values, (v, row) => WriteValue(row, v.Report < 0 ? ids[~v.Report] : v.Report, v.Line), ct)
                .ConfigureAwait(false);
        }

        if (facts?.Take(last) is { Count: > 0 } rows)
        {
            await bulk.WriteAsync(ProgressTables.Facts, rows, WriteFacts, ct).ConfigureAwait(false);
        }

        Values += _values.Count;
        _reports.Clear();
        _pending.Clear();
        _values.Clear();
    }

    private async Task<bool> ReplaceAsync(StoredReport stored, ReportHead line, CancellationToken ct)
    {
        var text = line.Text ?? new ReportText("", "", "");
        var update = commands.UpdateReport;
        ProgressCommands.Set(update, "id", stored.Id);
        ProgressCommands.Set(update, "version", stored.Version);
        ProgressCommands.Set(update, "unit", line.Unit);
        ProgressCommands.Set(update, "state", line.State.ToString());
        ProgressCommands.Set(update, "progress", text.Progress);
        ProgressCommands.Set(update, "problems", text.Problems);
        ProgressCommands.Set(update, "next_steps", text.NextSteps);
        ProgressCommands.Set(update, "submitted_at", line.State == ReportState.Draft ? null : now);
        if (await ProgressCommands.ExecuteAsync(update, ct).ConfigureAwait(false) != 1)
        {
            return false;
        }

        ProgressCommands.Set(commands.ClearValues, "report_id", stored.Id);
        await ProgressCommands.ExecuteAsync(commands.ClearValues, ct).ConfigureAwait(false);
        return true;
    }

    private void WriteReport(IBulkRow row, int id, ReportHead line)
    {
        var text = line.Text ?? new ReportText("", "", "");
        row.Int(id);
        row.Int(line.Task.Id);
        row.Int(line.Period);
        row.Text(line.Unit);
        row.Text(line.State.ToString());
        row.Text(text.Progress);
        row.Text(text.Problems);
        row.Text(text.NextSteps);
        row.Timestamp(line.State == ReportState.Draft ? null : now);
        row.Text("[]");
        row.Int(1);
    }

    private static void WriteFacts(TaskFactsRow facts, IBulkRow row)
    {
        row.Int(facts.TaskId);
        row.Int(facts.PlanId);
        row.Long(facts.SentPeriods);
        row.Text(facts.SentReports);
        row.Text(facts.SentValues);
        row.Long(facts.Version);
    }

    private static void WriteValue(IBulkRow row, int report, ProgressLine line)
    {
        row.Int(report);
        row.Int(line.Target.Id);
        row.Decimal(line.Value);
        row.Decimal(line.Numerator);
        row.Decimal(line.Denominator);
        row.Date(line.DoneOn);
    }

}

/// <summary>A report's own fields: which task and period, whose, in which state, and its narrative.</summary>
internal sealed record ReportHead(TaskEntry Task, int Period, string Unit, Domain.Progress.ReportState State, ReportText? Text);
