using Luoshi.Domain.Households;
using Luoshi.Storage.ProgressImport;
using Luoshi.Storage.Schema;
using Luoshi.Storage.Households.Schema;

namespace Luoshi.Storage.Households.Import;

/// <summary>Writes one checked row: a new household, or the stored one with the same head updated in place; its
/// income of the row's year; and the flag the row's income or hardship calls for.</summary>
internal sealed class HouseholdWriter(HouseholdCommands commands, RegisterLookups lookups, DateOnly today)
{
    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Flagged { get; private set; }

    public async ValueTask WriteAsync(HouseholdLine row, CancellationToken ct)
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

        var command = stored is null ? commands.Insert : commands.Update;
        Set(command, "number", row.Number);
        Set(command, "village_code", row.Village);
        Set(command, "head_name", row.Head);
        Set(command, "head_id_number", row.IdNumber);
        Set(command, "members", JsonColumn.Serialize(row.Members));
        Set(command, "income_year", current.Year);
        Set(command, "income", current.Income is { } i ? Fen.Of(i) : null);
        Set(command, "income_recorded_on", current.On);
        Set(command, "risks", (int)(row.Risks != RiskTypes.None ? row.Risks : stored?.Risks ?? RiskTypes.None));
        Set(command, "source", (row.Source ?? stored?.Source)?.ToString());
        Set(command, "state", state.State.ToString());
        Set(command, "hardship_on", hardship);
        Set(command, "flagged_on", state.FlaggedOn);
        Set(command, "identified_on", state.IdentifiedOn);
        Set(command, "assisted_on", state.AssistedOn);
        Set(command, "eliminated_on", state.EliminatedOn);
        int id;
        if (stored is null)
        {
            id = Convert.ToInt32(await ProgressCommands.ScalarAsync(command, ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            Created++;
        }
        else
        {
            Set(command, "id", id = stored.Id);
            await ProgressCommands.ExecuteAsync(command, ct).ConfigureAwait(false);
            Updated++;
        }

        Set(commands.Income, "household_id", id);
        Set(commands.Income, "year", row.Year);
        Set(commands.Income, "amount", Fen.Of(row.Income));
        Set(commands.Income, "recorded_on", today);
        await ProgressCommands.ExecuteAsync(commands.Income, ct).ConfigureAwait(false);
    }

    private static void Set(System.Data.Common.DbCommand command, string name, object? value) => HouseholdCommands.Set(command, name, value);
}
