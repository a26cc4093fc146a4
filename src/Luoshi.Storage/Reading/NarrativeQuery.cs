using Luoshi.Domain.Reading;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reading;

/// <summary>Reads the words (进展情况, 存在问题, 下一步措施) of a plan's sent reports, by task: what a ledger workbook
/// repeats and a notice quotes. Only asked for by those outputs; a status table needs none of it.</summary>
internal static class NarrativeQuery
{
    public static async Task<Dictionary<int, IReadOnlyList<TaskNarrative>>> ReadAsync(LedgerDbContext db, int planId, CancellationToken ct)
    {
        var sent = SentStates.All;
        var rows = await (
            from r in db.Reports.AsNoTracking()
            join t in db.Tasks on r.TaskId equals t.Id
            where t.PlanId == planId && sent.Contains(r.State)
            orderby r.Period, r.Id
            select new { r.TaskId, Narrative = new TaskNarrative(r.Id, r.Period, r.State, r.Progress, r.Problems, r.NextSteps) })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => (IReadOnlyList<TaskNarrative>)[.. g.Select(r => r.Narrative)]);
    }
}
