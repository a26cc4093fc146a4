using Luoshi.Storage.Bulk;

namespace Luoshi.Storage.Households.Import;

/// <summary>Where an import puts its households: a household already in the register is updated at once by the
/// prepared statements; new ones are gathered into batches and written by the bulk writer, households first with the
/// ids it assigned, then their incomes.</summary>
internal sealed class HouseholdSink(BulkWriter bulk, HouseholdCommands commands)
{
    private const int Batch = 4096;
    private readonly List<HouseholdRecord> _new = new(Batch);

    public async ValueTask AddAsync(HouseholdRecord record, CancellationToken ct)
    {
        if (record.StoredId is { } id)
        {
            await UpdateAsync(id, record, ct).ConfigureAwait(false);
            return;
        }

        _new.Add(record);
        if (_new.Count == Batch)
        {
            await FlushAsync(ct).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_new.Count == 0)
        {
            return;
        }

        var ids = await bulk.ReserveIdsAsync("households", _new.Count, ct).ConfigureAwait(false);
        await bulk.WriteAsync(HouseholdTables.Households, Enumerable.Range(0, _new.Count), (i, row) => Household(row, ids[i], _new[i]), ct).ConfigureAwait(false);
        await bulk.WriteAsync(HouseholdTables.Incomes, Enumerable.Range(0, _new.Count), (i, row) =>
        {
            row.Int(ids[i]);
            row.Int(_new[i].Year);
            row.Long(_new[i].Amount);
            row.Date(_new[i].RecordedOn);
        }, ct).ConfigureAwait(false);
        _new.Clear();
    }

    private static void Household(IBulkRow row, int id, HouseholdRecord r)
    {
        row.Int(id);
        row.Text(r.Number);
        row.Text(r.Village);
        row.Text(r.Head);
        row.Text(r.IdNumber);
        row.Text(r.Members);
        row.Int(r.IncomeYear);
        row.Long(r.Income);
        row.Date(r.IncomeRecordedOn);
        row.Int(r.Risks);
        row.Text(r.Source);
        row.Text(r.State);
        row.Date(r.HardshipOn);
        row.Date(r.FlaggedOn);
        row.Date(r.IdentifiedOn);
        row.Date(r.AssistedOn);
        row.Date(r.EliminatedOn);
    }

    private async ValueTask UpdateAsync(int id, HouseholdRecord r, CancellationToken ct)
    {
        var command = commands.Update;
        HouseholdCommands.Set(command, "id", id);
        HouseholdCommands.Set(command, "number", r.Number);
        HouseholdCommands.Set(command, "village_code", r.Village);
        HouseholdCommands.Set(command, "head_name", r.Head);
        HouseholdCommands.Set(command, "head_id_number", r.IdNumber);
        HouseholdCommands.Set(command, "members", r.Members);
        HouseholdCommands.Set(command, "income_year", r.IncomeYear);
        HouseholdCommands.Set(command, "income", r.Income);
        HouseholdCommands.Set(command, "income_recorded_on", r.IncomeRecordedOn);
        HouseholdCommands.Set(command, "risks", r.Risks);
        HouseholdCommands.Set(command, "source", r.Source);
        HouseholdCommands.Set(command, "state", r.State);
        HouseholdCommands.Set(command, "hardship_on", r.HardshipOn);
        HouseholdCommands.Set(command, "flagged_on", r.FlaggedOn);
        HouseholdCommands.Set(command, "identified_on", r.IdentifiedOn);
        HouseholdCommands.Set(command, "assisted_on", r.AssistedOn);
        HouseholdCommands.Set(command, "eliminated_on", r.EliminatedOn);
        await HouseholdCommands.ExecuteAsync(command, ct).ConfigureAwait(false);
        HouseholdCommands.Set(commands.Income, "household_id", id);
        HouseholdCommands.Set(commands.Income, "year", r.Year);
        HouseholdCommands.Set(commands.Income, "amount", r.Amount);
        HouseholdCommands.Set(commands.Income, "recorded_on", r.RecordedOn);
        await HouseholdCommands.ExecuteAsync(commands.Income, ct).ConfigureAwait(false);
    }
}
