using Luoshi.Domain.Reading;

namespace Luoshi.Documents.Ledger;

/// <summary>Lays a plan's reading out as ledger rows: each target's periods (value, and once past due its status as of
/// the day after the due day), its status on the ledger's day, and the task's latest sent words. Nothing is worked
/// out here: the rows are the reading every other output renders.</summary>
internal static class LedgerRows
{
    public static List<LedgerRow> Of(PlanReading reading, IReadOnlyDictionary<string, Domain.Years.CarryOrigin>? origins = null)
    {
        var rows = new List<LedgerRow>(reading.Targets.Count + reading.Tasks.Count);
        foreach (var task in reading.Tasks)
        {
            var section = task.Section is { } s ? $"{s.Number} {s.Title}".Trim() : task.Task.SectionCode;
            var origin = Closing.CarriedText.OriginOf(origins, task.Code);
            if (task.Targets.Count == 0)
            {
                rows.Add(new LedgerRow(section, task.Task, null, [], null, task.LatestSent, task.Status, origin));
                continue;
            }

            foreach (var target in task.Targets)
            {
                var cells = target.Periods.Select(p => p.Pending is { } pending
                    ? new PeriodCell(Shown(pending), pending.DoneOn, true, p.Status)
                    : new PeriodCell(p.Value, p.Done, false, p.Status)).ToArray();
                rows.Add(new LedgerRow(section, task.Task, target, cells, target.Now, task.LatestSent, task.Status, origin));
            }
        }

        return rows;
    }

    // A ratio reported as its parts shows as the percentage the evaluation would read from it.
    private static decimal? Shown(PendingValue value) =>
        value.Value ?? (value is { Numerator: { } n, Denominator: { } d } && d != 0 ? Math.Round(n / d * 100m, 2) : null);
}
