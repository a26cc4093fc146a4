using Luoshi.Domain.Progress;
using Luoshi.Storage.Contributions;
using Luoshi.Storage.Units;

namespace Luoshi.Storage;

/// <summary>Supporting units' contributions (配合单位进展): beside the lead unit's report, never in its place.</summary>
public sealed partial class Ledger
{
    /// <summary>Creates a supporting unit's contribution to a task for a period (<paramref name="expectedVersion"/>
    /// null) or changes it on the version the caller read; refused for the lead unit and any other unit.</summary>
    public Task<StoreResult<Contribution>> SaveContributionAsync(ContributionDraft draft, int? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return ContributionSaving.RunAsync(_session, draft, expectedVersion, ct);
    }

    /// <summary>One contribution, or null.</summary>
    public Task<Contribution?> FindContributionAsync(int id, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => ContributionQueries.FindAsync(db, id, token), ct);

    /// <summary>A plan's contributions by period, task and unit; optionally of one task, period or unit (name or alias).</summary>
    public Task<IReadOnlyList<ContributionSummary>> ListContributionsAsync(
        int planId, string? taskCode = null, int? period = null, string? unit = null, CancellationToken ct = default) =>
        _session.ReadAsync(
            async (db, token) =>
            {
                var name = await UnitNames.ResolveAsync(db, unit, token).ConfigureAwait(false);
                return await ContributionQueries.ListAsync(db, planId, taskCode, period, name, token).ConfigureAwait(false);
            },
            ct);
}
