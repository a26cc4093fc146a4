using System.Collections.Concurrent;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Plans;
using Luoshi.Storage.Reading.Facts;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Reading;

/// <summary>What reading a ledger kept from its last read, checked against the database at every read: each plan's
/// structure (sections, tasks, targets) by the plan's revision, each task's sent facts by its task_facts version.
/// Both numbers are redrawn by the database at every change (<see cref="PlanRevision"/>, <see cref="TaskFactsSql"/>),
/// so a read asks for the numbers — one small query each — and loads and parses only what changed: a report approved
/// re-reads one task, an edited target one plan. One per ledger, shared by its instances' readers.</summary>
/// <remarks>Kept plans are shared by every reading that renders them; readers never change them (writes load their
/// own tracked copies).</remarks>
internal sealed class ReadingCache
{
    private readonly ConcurrentDictionary<int, (long Revision, Plan Plan)> _plans = new();
    private readonly ConcurrentDictionary<int, (long Version, TaskSent Sent)> _tasks = new();
    private readonly ConcurrentDictionary<(int Plan, ReadingParts Parts), PlanReading> _readings = new();

    /// <summary><paramref name="plan"/> read as of <paramref name="asOf"/>, lending the tasks of the plan's last
    /// reading that nothing changed (<see cref="PlanReading.Of"/>); that reading is then the one kept.</summary>
    public PlanReading Read(Plan plan, PlanFacts facts, DateOnly asOf, ReadingParts parts)
    {
        var key = (plan.Id, parts);
        var reading = PlanReading.Of(plan, facts, asOf, _readings.GetValueOrDefault(key));
        _readings[key] = reading;
        return reading;
    }

    /// <summary>One plan or every plan (by year, then region), each as the database holds it now.</summary>
    public async Task<IReadOnlyList<Plan>> PlansAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var revisions = new List<(int Id, long Revision)>();
        var sql = "SELECT id, revision FROM plans" + (planId is null ? "" : " WHERE id = @plan") + " ORDER BY year, region";
        await RowReading.ForEachAsync(db, sql, planId, r => revisions.Add((r.GetInt32(0), r.GetInt64(1))), ct).ConfigureAwait(false);

        var stale = revisions.Where(p => !_plans.TryGetValue(p.Id, out var kept) || kept.Revision != p.Revision).Select(p => p.Id).ToArray();
        if (stale.Length > 0)
        {
            var loaded = await PlanQueries.LoadManyAsync(db, stale, ct).ConfigureAwait(false);
            foreach (var plan in loaded)
            {
                // Loaded after its revision was read: at least as new as the number it is kept under, so a later change
                // (which redraws the number) is never mistaken for this one.
                _plans[plan.Id] = (revisions.First(p => p.Id == plan.Id).Revision, plan);
            }
        }

        if (planId is null)
        {
            foreach (var gone in _plans.Keys.Except(revisions.Select(p => p.Id)).ToList())
            {
                _plans.TryRemove(gone, out _);
                _readings.TryRemove((gone, ReadingParts.Figures), out _);
                _readings.TryRemove((gone, ReadingParts.Narratives), out _);
            }
        }

        return [.. revisions.Select(p => _plans.TryGetValue(p.Id, out var kept) ? kept.Plan : null).OfType<Plan>()];
    }

    /// <summary>The sent facts of every task of one plan or of all plans, by task id; a task with nothing sent is absent.</summary>
    public async Task<IReadOnlyDictionary<int, TaskSent>> SentAsync(LedgerDbContext db, int? planId, CancellationToken ct)
    {
        var sql = "SELECT task_id, version, sent_periods, sent_reports, sent_values FROM task_facts" + (planId is null ? "" : " WHERE plan_id = @plan");
        var found = new Dictionary<int, TaskSent>();
        await RowReading.ForEachAsync(db, sql, planId, reader =>
        {
            var (task, version) = (reader.GetInt32(0), reader.GetInt64(1));
            if (!_tasks.TryGetValue(task, out var kept) || kept.Version != version)
            {
                // Only a changed row's texts are fetched and parsed; SQLite decodes a column when it is asked for.
                kept = (version, TaskSent.Parse(reader.GetInt64(2), reader.GetString(3), reader.GetString(4)));
                _tasks[task] = kept;
            }

            found[task] = kept.Sent;
        }, ct).ConfigureAwait(false);

        if (planId is null)
        {
            foreach (var gone in _tasks.Keys.Where(t => !found.ContainsKey(t)).ToList())
            {
                _tasks.TryRemove(gone, out _);
            }
        }

        return found;
    }
}
