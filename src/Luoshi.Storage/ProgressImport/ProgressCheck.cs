using System.Collections;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
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
            errors.Add(lineNumber, "target", Catalogue.Progress.ValueTwice(line.Target.Code, line.Period));
            return false;
        }

        _seen[bit] = true;
        if (!_heads.TryGetValue(line.ReportKey, out var head))
        {
            _heads[line.ReportKey] = (lineNumber, line.Unit, line.State);
            if (lookups.Reports.TryGetValue(line.ReportKey, out var stored) && !ReportWorkflow.IsEditable(stored.State))
            {
                errors.Add(lineNumber, "period", Catalogue.Reports.NoLongerReplaceable(line.Target.Task.Code, line.Period, stored.State));
                return false;
            }
        }
        else if (head.Unit != line.Unit)
        {
            errors.Add(lineNumber, "unit", Catalogue.Progress.SameUnit(head.Unit, head.Line));
            return false;
        }
        else if (head.State != line.State)
        {
            errors.Add(lineNumber, "state", Catalogue.Progress.SameState(head.State, head.Line));
            return false;
        }

        return true;
    }
}
