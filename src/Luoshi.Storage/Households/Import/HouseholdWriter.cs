using Luoshi.Domain.Households;
using Luoshi.Storage.Households.Schema;
using Luoshi.Storage.Schema;

namespace Luoshi.Storage.Households.Import;

/// <summary>Works out what one checked row writes: a new household, or the stored one with the same head updated in
/// place (its latest income kept if the row's year is older); the row's income of its year; and the flag that the
/// income under the line or a reported hardship calls for.</summary>
internal sealed class HouseholdWriter(HouseholdSink sink, RegisterLookups lookups, DateOnly today)
{
    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Flagged { get; private set; }

    /// <summary>Writes the households still gathered.</summary>
    public Task FlushAsync(CancellationToken ct) => sink.FlushAsync(ct);

    public ValueTask WriteAsync(HouseholdLine row, CancellationToken ct)
    {
        var stored = lookups.ByKey.GetValueOrDefault(row.IdKey);
        var state = row.States ?? (stored is null
            ? new StateDates(MonitoringState.NotMonitored, null, null, null, null)
            : new StateDates(stored.State, stored.FlaggedOn, stored.IdentifiedOn, stored.AssistedOn, stored.EliminatedOn));
        var current = stored?.IncomeYear is { } year && year > row.Year
            ? (Year: year, Income: stored.Income, On: stored.IncomeRecordedOn)
            : (Year: row.Year, Income: (decimal?)row.Income, On: (DateOnly?)today);
        var hardship = row.HardshipOn ?? stored?.HardshipOn;
        var line = lookups.Lines.TryGetValue(current.Year, out var amount) ? amount : (decimal?)null;
        if (Flagging.FlagOn(state.State, current.Income, line, hardship, state.EliminatedOn, today) is { } flaggedOn)
        {
            state = state with { State = MonitoringState.Flagged, FlaggedOn = flaggedOn };
            Flagged++;
        }

        if (stored is null)
        {
            Created++;
        }
        else
        {
            Updated++;
        }

        return sink.AddAsync(new HouseholdRecord(
            stored?.Id, row.Number, row.Village, row.Head, row.IdNumber, row.Members.Count == 0 ? "[]" : JsonColumn.Serialize(row.Members),
            current.Year, current.Income is { } i ? Fen.Of(i) : null, current.On,
            (int)(row.Risks != RiskTypes.None ? row.Risks : stored?.Risks ?? RiskTypes.None), (row.Source ?? stored?.Source)?.ToString(),
            state.State.ToString(), hardship, state.FlaggedOn, state.IdentifiedOn, state.AssistedOn, state.EliminatedOn,
            row.Year, Fen.Of(row.Income), today), ct);
    }
}
