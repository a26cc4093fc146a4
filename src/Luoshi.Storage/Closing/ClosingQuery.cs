using System.Text.Json;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Closing.Schema;
using Luoshi.Storage.Reading;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Closing;

/// <summary>Reads plans as of the day after their year (the one plan reading) and puts every task's account beside it.</summary>
internal static class ClosingQuery
{
    public static async Task<IReadOnlyList<ClosingReading>> ReadAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var years = await db.Plans.AsNoTracking().Where(p => planId == null || p.Id == planId).Select(p => new { p.Id, p.Year })
            .ToListAsync(ct).ConfigureAwait(false);
        var closings = await ClosingsAsync(db, planId, ct).ConfigureAwait(false);
        var readings = new List<ClosingReading>(years.Count);
        foreach (var year in years.Select(p => p.Year).Distinct().Order())
        {
            var ids = years.Where(p => p.Year == year).Select(p => p.Id).ToHashSet();
            var plans = await PlanFactsQuery.ReadAsync(db, ids.Count == 1 ? ids.Single() : planId, ClosingReading.DayOf(year), ReadingParts.Figures, ct)
                .ConfigureAwait(false);
            readings.AddRange(plans.Where(p => ids.Contains(p.Plan.Id)).Select(p => ClosingReading.Of(p, closings.GetValueOrDefault(p.Plan.Id))));
        }

        return [.. readings.OrderBy(r => r.Plan.Year).ThenBy(r => r.Plan.Id)];
    }

    /// <summary>The closings of one plan or all, with their accounts (task codes) and corrections.</summary>
    public static async Task<Dictionary<int, PlanClosing>> ClosingsAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var rows = await db.PlanClosings.AsNoTracking().Where(c => planId == null || c.PlanId == planId).ToListAsync(ct).ConfigureAwait(false);
        var accounts = await db.ClosingAccounts.AsNoTracking().Where(a => planId == null || a.PlanId == planId)
            .Join(db.Tasks, a => a.TaskId, t => t.Id, (a, t) => new { Account = a, t.Code }).ToListAsync(ct).ConfigureAwait(false);
        var ids = accounts.Select(a => a.Account.Id).ToList();
        var corrections = (await db.ClosingCorrections.AsNoTracking().Where(c => ids.Contains(c.AccountId)).OrderBy(c => c.Id)
            .ToListAsync(ct).ConfigureAwait(false)).ToLookup(c => c.AccountId);
        var files = await ClosingEvidence.ByAccountAsync(db, ids, ct).ConfigureAwait(false);
        return rows.ToDictionary(r => r.PlanId, r => new PlanClosing(r.PlanId, r.OpenedOn, r.OpenedBy, TolerancesOf(r),
            [.. accounts.Where(a => a.Account.PlanId == r.PlanId).Select(a => AccountOf(a.Account, a.Code, corrections[a.Account.Id]) with { Files = [.. files[a.Account.Id]] })]));
    }

    public static ClosingTolerances TolerancesOf(PlanClosingRow row) =>
        JsonSerializer.Deserialize<ClosingTolerances>(row.Tolerances, JsonColumn.Options) ?? ClosingTolerances.Default;

    public static TaskAccount AccountOf(ClosingAccountRow a, string code, IEnumerable<ClosingCorrectionRow> corrections) =>
        new(code, a.State, a.Claimed, a.Result, a.Summary, a.DoneOn, a.ShortReason, [.. a.Evidence], [.. a.Finals], a.ReturnReason,
            a.SubmittedOn, a.SubmittedBy, a.ConfirmedOn, a.ConfirmedBy, [.. corrections.Select(c => c.ToDomain())], a.Version);
}
