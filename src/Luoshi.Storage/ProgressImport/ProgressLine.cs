using System.Globalization;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;
using nietras.SeparatedValues;

namespace Luoshi.Storage.ProgressImport;

/// <summary>One line of a progress file, read against the lookups. The same reading serves the check (pass 1, which
/// reports every problem) and the write (pass 2, which then finds none).</summary>
internal readonly record struct ProgressLine(
    ProgressLookups.TargetInfo Target, int Period, string Unit, decimal? Value, decimal? Numerator, decimal? Denominator,
    DateOnly? DoneOn, ReportState State)
{
    public int ReportKey => ProgressLookups.ReportKey(Target.Task.Index, Period);

    /// <summary>The line, or null after adding its problems to <paramref name="errors"/>.</summary>
    public static ProgressLine? Read(SepReader.Row row, int[] at, ProgressLookups lookups, CsvErrors errors)
    {
        var line = row.LineNumberFrom;
        var ok = true;
        var targets = lookups.Targets.GetAlternateLookup<ReadOnlySpan<char>>();
        var tasks = lookups.Tasks.GetAlternateLookup<ReadOnlySpan<char>>();
        var taskText = row[at[ProgressColumns.Task]].Span.Trim();
        var targetText = row[at[ProgressColumns.Target]].Span.Trim();
        if (!tasks.TryGetValue(taskText, out var task))
        {
            errors.Add(line, "task", Catalogue.Progress.NoTask(lookups.Plan, taskText.ToString()));
            ok = false;
        }

        if (!targets.TryGetValue(targetText, out var target))
        {
            errors.Add(line, "target", Catalogue.Progress.NoTarget(lookups.Plan, targetText.ToString()));
            ok = false;
        }
        else if (task is not null && target.Task != task)
        {
            errors.Add(line, "target", Catalogue.Progress.TargetOfOtherTask(target.Code, target.Task.Code, task.Code));
            ok = false;
        }

        var periodText = row[at[ProgressColumns.Period]].ToString();
        var period = lookups.Calendar.Parse(periodText)?.Number ?? 0;
        if (period == 0)
        {
            errors.Add(line, "period", Catalogue.Progress.Period(lookups.Periods, lookups.Calendar[1].Name, periodText));
            ok = false;
        }

        var unitText = row[at[ProgressColumns.Unit]].ToString().Trim();
        var unit = lookups.Units.Find(unitText) ?? unitText;
        if (task is not null && !task.Units.Contains(unit))
        {
            errors.Add(line, "unit", Catalogue.Progress.NotUnitOfTask(unitText, task.Code));
            ok = false;
        }
        else if (task is not null && unit != task.Lead)
        {
            // Progress rows carry the task's values, which only its lead unit reports (UnitRoles).
            errors.Add(line, "unit", Catalogue.Contributions.OnlyLeadReports(unit, task.Code, task.Lead ?? "").Message);
            ok = false;
        }

        ok &= Number(row, at, ProgressColumns.Value, errors, out var value);
        ok &= Number(row, at, ProgressColumns.Numerator, errors, out var numerator);
        ok &= Number(row, at, ProgressColumns.Denominator, errors, out var denominator);
        ok &= Date(row, at, errors, out var doneOn);
        ok &= ReadState(row, at, errors, out var state);
        return ok ? new ProgressLine(target!, period, unit, value, numerator, denominator, doneOn, state) : null;
    }

    private static bool Number(SepReader.Row row, int[] at, int column, CsvErrors errors, out decimal? number)
    {
        var text = row[at[column]].Span.Trim();
        number = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
            return true;
        }

        errors.Add(row.LineNumberFrom, ProgressColumns.Names[column], Catalogue.Progress.Number(text.ToString()));
        return false;
    }

    private static bool Date(SepReader.Row row, int[] at, CsvErrors errors, out DateOnly? date)
    {
        var text = row[at[ProgressColumns.DoneOn]].Span.Trim();
        date = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        errors.Add(row.LineNumberFrom, "done_on", Catalogue.Progress.DoneOn(text.ToString()));
        return false;
    }

    // Rows come from units' spreadsheets: submitted unless they say otherwise; the office may load approved history.
    private static bool ReadState(SepReader.Row row, int[] at, CsvErrors errors, out ReportState state)
    {
        var text = row[at[ProgressColumns.State]].ToString().Trim().ToLowerInvariant();
        (state, var ok) = text switch
        {
            "" or "submitted" => (ReportState.Submitted, true),
            "draft" => (ReportState.Draft, true),
            "approved" => (ReportState.Approved, true),
            _ => (ReportState.Submitted, false),
        };
        if (!ok)
        {
            errors.Add(row.LineNumberFrom, "state", Catalogue.Progress.State(text));
        }

        return ok;
    }
}
