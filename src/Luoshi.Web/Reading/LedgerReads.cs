using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Reading;
using Luoshi.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Luoshi.Web.Reading;

/// <summary>The ledger's reads for one request, cached across requests until the ledger changes. The key is the
/// newest audit entry's id: every change writes one, on whichever instance made it, so several web instances over one
/// PostgreSQL database never show a stale figure, and a read costs one indexed query while nothing changes.</summary>
public sealed class LedgerReads(Ledger ledger, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Entry = new() { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 };
    private long? _stamp;

    /// <summary>The ledger as it stands for this request (read once, so one page never mixes two versions).</summary>
    public async Task<long> StampAsync(CancellationToken ct)
    {
        _stamp ??= await ledger.ChangeStampAsync(ct).ConfigureAwait(false);
        return _stamp.Value;
    }

    /// <summary><paramref name="load"/>'s result for <paramref name="key"/> at this request's version of the ledger;
    /// concurrent requests for the same missing entry share one load.</summary>
    public async Task<T> CachedAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(load);
        var stamp = await StampAsync(ct).ConfigureAwait(false);
        var entry = cache.GetOrCreate((key, stamp), e =>
        {
            e.SetOptions(Entry);
            // Not the request's token: the load is shared, and one reader hanging up must not cancel it for the others.
            return new Lazy<Task<T>>(() => load(CancellationToken.None));
        })!;
        try
        {
            return await entry.Value.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            cache.Remove((key, stamp));
            throw;
        }
    }

    /// <summary>All plans, newest year first.</summary>
    public Task<IReadOnlyList<Plan>> PlansAsync(CancellationToken ct) => CachedAsync<IReadOnlyList<Plan>>(
        "plans",
        async token => [.. (await ledger.ListPlansAsync(token).ConfigureAwait(false)).OrderByDescending(p => p.Year).ThenBy(p => p.Region, StringComparer.Ordinal)],
        ct);

    /// <summary>The plan with <paramref name="planId"/> in full, or the newest plan when no id is given; null when none.</summary>
    public async Task<Plan?> PlanAsync(int? planId, CancellationToken ct)
    {
        var id = planId ?? (await PlansAsync(ct).ConfigureAwait(false) is [var newest, ..] ? newest.Id : null);
        return id is { } chosen
            ? await CachedAsync($"plan:{chosen}", token => ledger.FindPlanAsync(chosen, token), ct).ConfigureAwait(false)
            : null;
    }

    /// <summary>The plan that holds the task with storage id <paramref name="taskId"/> (a report's task), or null.</summary>
    public async Task<Plan?> PlanOfTaskAsync(int taskId, CancellationToken ct)
    {
        foreach (var listed in await PlansAsync(ct).ConfigureAwait(false))
        {
            var plan = await PlanAsync(listed.Id, ct).ConfigureAwait(false);
            if (plan?.Tasks.Any(t => t.Id == taskId) == true)
            {
                return plan;
            }
        }

        return null;
    }

    /// <summary>The plan as of <paramref name="asOf"/>: every task and target with its figures, status and standings —
    /// the one reading every page and API operation renders; null when the plan is gone.</summary>
    public Task<PlanReading?> ReadingAsync(int planId, DateOnly asOf, CancellationToken ct) =>
        CachedAsync($"reading:{planId}:{asOf:yyyy-MM-dd}", token => ledger.ReadPlanAsync(planId, asOf, ct: token), ct);

    /// <summary>The plan's year-end account (年底交账): its reading the day after its year with every task's account.</summary>
    public Task<Domain.Closing.ClosingReading?> ClosingAsync(int planId, CancellationToken ct) =>
        CachedAsync($"closing:{planId}", token => ledger.Closing.ReadAsync(planId, token), ct);

    /// <summary>The plan year's assessment (考核): every lead unit's self-assessment, review and the ranking.</summary>
    public Task<Domain.Assessment.AssessmentBoard?> AssessmentAsync(int planId, CancellationToken ct) =>
        CachedAsync($"assessment:{planId}", token => ledger.SelfAssessments.BoardAsync(planId, token), ct);

    /// <summary>Where the plan's carried tasks (结转) came from, by their code.</summary>
    public Task<IReadOnlyDictionary<string, Domain.Years.CarryOrigin>> OriginsAsync(int planId, CancellationToken ct) =>
        CachedAsync($"origins:{planId}", token => ledger.Years.OriginsAsync(planId, token), ct);

    /// <summary>Every target of the plan as of <paramref name="asOf"/>, in the plan's order.</summary>
    public async Task<IReadOnlyList<TargetReading>> TargetsAsync(int planId, DateOnly asOf, CancellationToken ct) =>
        (await ReadingAsync(planId, asOf, ct).ConfigureAwait(false))?.Targets ?? [];

    /// <summary>All units, by code.</summary>
    public Task<IReadOnlyList<Domain.Units.OrgUnit>> UnitsAsync(CancellationToken ct) =>
        CachedAsync("units", ledger.ListUnitsAsync, ct);

    /// <summary>All reports of the plan, in period order.</summary>
    public Task<IReadOnlyList<ReportSummary>> ReportsAsync(int planId, CancellationToken ct) =>
        CachedAsync($"reports:{planId}", token => ledger.ListReportsAsync(planId, null, null, token), ct);
}
