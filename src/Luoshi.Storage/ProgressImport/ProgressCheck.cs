using System.Collections;
using Luoshi.Domain.Progress;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.ProgressImport;

/// <summary>The rules a line must keep with the lines before it: one value per target and period, one unit and one
/// state per report, and no replacing a report that is no longer editable. Keeps one bit per target and period and one
/// entry per report, so memory does not follow the file's length.</summary>
internal sealed class ProgressCheck(ProgressLookups lookups)
{
    private readonly BitArray _seen = new(Math.Max(1, lookups.Targets.Count * 32));
    private readonly Dictionary<int, (int Line, string Unit, ReportState State)> _heads = [];

    /// <summary>True when the line keeps the rules; otherwise its problem is added to <paramref name="errors"/>.</summary>
    public bool Check(ProgressLine line, int lineNumber, CsvErrors errors)
    {
        var bit = (line.Target.Index * 32) + line.Period - 1;
        if (_seen[bit])
        {
            errors.Add(lineNumber, "target", $"target {line.Target.Code} already has a value for period {line.Period} on an earlier line");
            return false;
        }

        _seen[bit] = true;
        if (!_heads.TryGetValue(line.ReportKey, out var head))
        {
            _heads[line.ReportKey] = (lineNumber, line.Unit, line.State);
            if (lookups.Reports.TryGetValue(line.ReportKey, out var stored) && !ReportWorkflow.IsEditable(stored.State))
            {
                errors.Add(lineNumber, "period",
                    $"the report of task {line.Target.Task.Code} for period {line.Period} is already {stored.State.ToString().ToLowerInvariant()} "
                    + "and can no longer be replaced");
                return false;
            }
        }
        else if (head.Unit != line.Unit)
        {
            errors.Add(lineNumber, "unit", $"expected {head.Unit}, the unit of the same report on line {head.Line}");
            return false;
        }
        else if (head.State != line.State)
        {
            errors.Add(lineNumber, "state", $"expected {head.State.ToString().ToLowerInvariant()}, the state of the same report on line {head.Line}");
            return false;
        }

        return true;
    }
}
