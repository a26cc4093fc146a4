using System.Text;
using Luoshi.Domain.Progress;
using Luoshi.Intake.Progress;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Reading.Facts;

namespace Luoshi.Storage.ProgressImport;

/// <summary>The task_facts rows of a progress import on SQLite, built while its reports and values are written instead of
/// read back and aggregated by <see cref="TaskFactsSql"/> afterwards (which took a quarter of a million-row import). A
/// task's row is built from what the file gives it when the file gives it everything in the order the row lists it: the
/// task has no report stored before (nor a task_facts row), and its reports and values come one task after another, by
/// period and then by target. Any other task — a stored draft replaced, a task met again after another one, values out
/// of order — is left to <see cref="TaskFactsSql"/>, so the rows are always exactly what the statement would write
/// (a test compares them).</summary>
internal sealed class ImportedFacts(ProgressPlan plan, int planId, HashSet<int> tasksWithFacts, DateTimeOffset now)
{
    private const char Record = (char)30, Unit = (char)31;

    private readonly HashSet<int> _done = [];
    private readonly List<TaskFactsRow> _rows = [];
    private readonly StringBuilder _reports = new(), _values = new();
    private readonly char[] _buffer = new char[SqliteText.MaxLength];

    // Every report of the import is sent at the same moment: its text is formatted once.
    private readonly string _sentAt = SqliteText.Timestamp(now);

    // Tasks having a report before the import, by index: their rows are rewritten by SQL.
    private readonly HashSet<int> _stored = [.. plan.Reports.Keys.Select(ProgressPlan.TaskIndexOf)];
    private TaskEntry? _task;
    private long _periods;
    private int _period, _target;
    private ReportState _state;

    /// <summary>The tasks whose rows <see cref="TaskFactsSql"/> must write, by id.</summary>
    public HashSet<int> Left { get; } = [];

    /// <summary>A report the import creates.</summary>
    public void Report(ReportHead head)
    {
        if (!Open(head.Task))
        {
            return;
        }

        if (head.Period <= _period)
        {
            Leave(head.Task);
            return;
        }

        (_period, _target, _state) = (head.Period, 0, head.State);
        if (ReportWorkflow.CountsAsReported(head.State))
        {
            _periods |= 1L << (head.Period - 1);
            // A sent report carries the moment it was sent (the import's).
            Separate(_reports).Append(head.Period).Append(Unit).Append(head.Unit).Append(Unit).Append(_sentAt);
        }
    }

    /// <summary>A value of a report written before (created by this import or replaced).</summary>
    public void Value(ProgressLine line)
    {
        var task = line.Target.Task;
        if (task != _task || Left.Contains(task.Id))
        {
            // A task already closed met again, or one left to SQL.
            Leave(task);
            return;
        }

        if (line.Period != _period || line.Target.Id <= _target)
        {
            Leave(task);
            return;
        }

        _target = line.Target.Id;
        if (ReportWorkflow.CountsAsReported(_state))
        {
            Separate(_values).Append(line.Target.Id).Append(Unit).Append(line.Period).Append(Unit)
                .Append(_state == ReportState.Approved ? 'A' : 'P').Append(Unit);
            Number(line.Value).Append(Unit);
            Number(line.Numerator).Append(Unit);
            Number(line.Denominator).Append(Unit);
            if (line.DoneOn is { } done)
            {
                Append(_values, SqliteText.Date(done, _buffer));
            }
        }
    }

    /// <summary>The rows finished since the last call, to be written.</summary>
    public List<TaskFactsRow> Take(bool last)
    {
        if (last)
        {
            Close();
        }

        var rows = _rows.Where(r => !Left.Contains(r.TaskId)).ToList();
        _rows.Clear();
        return rows;
    }

    // Starts the task's row unless it is left to SQL; false when it is.
    private bool Open(TaskEntry task)
    {
        if (task == _task)
        {
            return !Left.Contains(task.Id);
        }

        Close();
        if (_stored.Contains(task.Index) || tasksWithFacts.Contains(task.Id) || !_done.Add(task.Index))
        {
            Leave(task);
            return false;
        }

        (_task, _periods, _period, _target) = (task, 0, 0, 0);
        _reports.Clear();
        _values.Clear();
        return true;
    }

    private void Close()
    {
        if (_task is { } task && !Left.Contains(task.Id) && _periods != 0)
        {
            _rows.Add(new TaskFactsRow(task.Id, planId, _periods, _reports.ToString(), _values.ToString(), Random.Shared.NextInt64(long.MinValue, long.MaxValue)));
        }

        _task = null;
    }

    private void Leave(TaskEntry task)
    {
        Left.Add(task.Id);
        _done.Add(task.Index);
    }

    private StringBuilder Number(decimal? value) => value is { } v ? Append(_values, SqliteText.Decimal(v, _buffer)) : _values;

    private static StringBuilder Separate(StringBuilder text) => text.Length > 0 ? text.Append(Record) : text;

    private StringBuilder Append(StringBuilder text, int length) => text.Append(_buffer, 0, length);
}
