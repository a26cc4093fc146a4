using System.Collections;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Progress;

/// <summary>The rules a row of a progress file keeps with the rows before it and the stored reports: one value per
/// target and period, one unit and one state per report, and no replacing a report that is no longer editable. Keeps
/// one bit per target and period and one entry per report, so memory does not follow the file's length.</summary>
internal sealed class ProgressRowRules(ProgressPlan plan)
{
    private readonly BitArray _seen = new(Math.Max(1, plan.Targets.Count * 32));
    private readonly Dictionary<int, (int Row, string Unit, ReportState State)> _heads = [];

    /// <summary>True for the first row of its report, false for a later one, null after adding the problem.</summary>
    public bool? Check(ProgressLine line, int row, TablePlaces places, ProblemList problems)
    {
        var bit = (line.Target.Index * 32) + line.Period - 1;
        if (_seen[bit])
        {
            problems.Add(places.At(row, "target"), Catalogue.Progress.ValueTwice(line.Target.Code, plan.Calendar[line.Period]));
            return null;
        }

        _seen[bit] = true;
        if (!_heads.TryGetValue(line.ReportKey, out var head))
        {
            _heads[line.ReportKey] = (row, line.Unit, line.State);
            if (plan.Reports.TryGetValue(line.ReportKey, out var stored) && !ReportWorkflow.IsEditable(stored.State))
            {
                problems.Add(places.At(row, "period"), Catalogue.Progress.NotEditable(line.Target.Task.Code, plan.Calendar[line.Period], stored.State));
                return null;
            }

            return true;
        }

        if (head.Unit != line.Unit)
        {
            problems.Add(places.At(row, "unit"), Catalogue.Progress.SameUnit(head.Unit, places.RowName(head.Row)));
            return null;
        }

        if (head.State != line.State)
        {
            problems.Add(places.At(row, "state"), Catalogue.Progress.SameState(head.State, places.RowName(head.Row)));
            return null;
        }

        return false;
    }
}
