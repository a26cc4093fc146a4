using Luoshi.Domain.Years;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Storage.Years;

/// <summary>Promises across years (docs/closing.md, "Across years"): the office carries unfinished tasks of a closed year
/// into the next year's plan (结转) and confirms or corrects how a later year's targets match earlier ones
/// (<see cref="TargetMatching"/>); a target's series shows its goal and result per year. Every decision is one audited write.</summary>
public sealed class YearsLedger
{
    private readonly StoreSession _session;

    internal YearsLedger(StoreSession session) => _session = session;

    /// <summary>The tasks of closed plan <paramref name="planId"/> with their confirmed results, the default choice
    /// (未完成) and where each was carried; null for no plan.</summary>
    public Task<IReadOnlyList<CarryCandidate>?> CandidatesAsync(int planId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => YearsQuery.CandidatesAsync(db, planId, token), ct);

    /// <summary>结转: the office carries <paramref name="tasks"/> (by default every task confirmed 未完成) of closed plan
    /// <paramref name="planId"/> into the same region's plan of the next year, as new tasks JZ1, JZ2… with their targets
    /// linked to the originals; returns the new codes.</summary>
    public Task<StoreResult<IReadOnlyList<string>>> CarryOverAsync(int planId, LifecycleActor actor, IReadOnlyList<string>? tasks = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return YearsCarry.RunAsync(_session, planId, actor, tasks, ct);
    }

    /// <summary>Where the carried tasks of plan <paramref name="planId"/> came from, by their code.</summary>
    public Task<IReadOnlyDictionary<string, CarryOrigin>> OriginsAsync(int planId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => YearsQuery.OriginsAsync(db, planId, token), ct);

    /// <summary>Suggests matches by the rule for the targets of plan <paramref name="planId"/> not matched yet (run after
    /// every import); returns how many were suggested.</summary>
    public Task<StoreResult<int>> SuggestAsync(int planId, CancellationToken ct = default) =>
        YearsMatch.SuggestAsync(_session, planId, ct);

    /// <summary>Every target of plan <paramref name="planId"/> beside its match in an earlier year, in the plan's order.</summary>
    public Task<IReadOnlyList<TargetMatchView>> MatchesAsync(int planId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => YearsQuery.MatchesAsync(db, planId, token), ct);

    /// <summary>The office confirms the suggested match of <paramref name="target"/> (<paramref name="earlier"/> null),
    /// names another earlier target (of <paramref name="earlierYear"/>, by default the region's nearest earlier plan), or
    /// says it has none (<paramref name="none"/>).</summary>
    public Task<StoreResult> DecideAsync(
        int planId, string target, LifecycleActor actor, string? earlier, int? earlierYear = null, bool none = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(actor);
        return YearsMatch.DecideAsync(_session, planId, target, actor, earlier, earlierYear, none, ct);
    }

    /// <summary>The office confirms every suggestion of plan <paramref name="planId"/> at once; returns how many.</summary>
    public Task<StoreResult<int>> ConfirmAllAsync(int planId, LifecycleActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return YearsMatch.ConfirmAllAsync(_session, planId, actor, ct);
    }

    /// <summary>The series of target <paramref name="target"/> of plan <paramref name="planId"/> across years through
    /// confirmed matches, oldest first: goal and result per year.</summary>
    public Task<IReadOnlyList<YearPoint>> SeriesAsync(int planId, string target, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => YearsQuery.SeriesAsync(db, planId, target, token), ct);

    /// <summary>Last year's closed result for each target of a plan about to be imported, by the rule on its subject:
    /// what the parser's draft shows beside this year's promise. <paramref name="keys"/> are the draft's targets.</summary>
    public Task<IReadOnlyDictionary<string, YearPoint>> LastYearAsync(string region, int year, IReadOnlyList<TargetMatching.Key> keys, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => YearsQuery.LastYearAsync(db, region, year, keys, token), ct);
}
