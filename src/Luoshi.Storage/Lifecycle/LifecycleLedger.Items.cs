using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Lifecycle.Schema;
using Luoshi.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

public sealed partial class LifecycleLedger
{
    /// <summary>Puts an item under supervision and assigns it today (office only); the result is its number.</summary>
    public Task<StoreResult<string>> CreateItemAsync(LifecycleActor actor, NewItem item, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        if (OfficeOnly(actor) is { } refused)
        {
            return Task.FromResult(Refuse.With<string>(refused));
        }

        return _session.WriteAsync((db, token) => ItemCreation.RunAsync(db, _session, item, token), r => r.Succeeded, ct);
    }

    /// <summary>Takes <paramref name="step"/> on the item numbered <paramref name="number"/>: 签收, 办结申请 (with the
    /// reply to the deputy in <paramref name="text"/>), 复核 (approve or return with a reason in <paramref name="text"/>).</summary>
    public Task<StoreResult> StepItemAsync(
        string number, LifecycleActor actor, LifecycleStep step, string? text = null, Satisfaction? satisfaction = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _session.WriteAsync(
            async (db, token) =>
            {
                var row = await db.SupervisionItems.SingleOrDefaultAsync(i => i.Number == number, token).ConfigureAwait(false);
                if (row is null)
                {
                    return Refuse.With(new Problem(Catalogue.Lifecycle.NoSuchItem(number), Place.OfField("item"), ProblemKind.NotFound));
                }

                var role = TaskRoles.Of(actor.Role, actor.Unit, row.LeadUnit, []);
                var before = AuditLog.ToJson(ItemRows.ToDomain(row));
                if ((LifecycleRules.Refusal(role, step, row.Stage) ?? ItemSteps.Apply(row, step, text, satisfaction, _session)) is { } problem)
                {
                    return Refuse.With(problem);
                }

                row.Stage = LifecycleRules.After(step, row.Stage);
                AuditLog.AddJson(db, _session, "item." + LifecycleNames.Of(step), AuditEntities.Item, row.Number, before, AuditLog.ToJson(ItemRows.ToDomain(row)));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            r => r.Succeeded, ct);
    }

    /// <summary>Changes an item's title, source document, leader, lead unit or due day (office only, audited); its
    /// number, source and lifecycle stay. A closed item is not changed.</summary>
    public Task<StoreResult> UpdateItemAsync(LifecycleActor actor, string number, ItemChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        if (OfficeOnly(actor) is { } refused)
        {
            return Task.FromResult(Refuse.With(refused));
        }

        return _session.WriteAsync((db, token) => ItemCreation.UpdateAsync(db, _session, number, change, token), r => r.Succeeded, ct);
    }

    /// <summary>Puts every item of a CSV or xlsx file under supervision (office only): each row read by Luoshi.Intake
    /// and checked, every problem placed at its file, line and column; with any problem nothing is stored. Items are
    /// numbered in the file's order after their year's and source's last.</summary>
    public async Task<CsvImportResult> ImportItemsAsync(LifecycleActor actor, Villages.VillageFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(file);
        return OfficeOnly(actor) is { } refused ? new CsvImportResult(0, [refused]) : await ItemImport.RunAsync(_session, file, ct).ConfigureAwait(false);
    }

    /// <summary>The item numbered <paramref name="number"/>, or null.</summary>
    public Task<SupervisionItem?> FindItemAsync(string number, CancellationToken ct = default) =>
        _session.ReadAsync<SupervisionItem?>(
            async (db, token) => await db.SupervisionItems.AsNoTracking().SingleOrDefaultAsync(i => i.Number == number, token).ConfigureAwait(false) is { } row
                ? ItemRows.ToDomain(row) : null,
            ct);

    /// <summary>The items under supervision, optionally of one source, by number.</summary>
    public Task<IReadOnlyList<SupervisionItem>> ListItemsAsync(ItemSource? source = null, CancellationToken ct = default) =>
        _session.ReadAsync<IReadOnlyList<SupervisionItem>>(
            async (db, token) =>
            {
                var rows = await db.SupervisionItems.AsNoTracking().Where(i => source == null || i.Source == source).ToListAsync(token).ConfigureAwait(false);
                // In the sources' order (批示, 会议, 交办, 建议, 提案), not by the names the database stores.
                return [.. rows.OrderBy(i => i.Year).ThenBy(i => (int)i.Source).ThenBy(i => i.Sequence).Select(ItemRows.ToDomain)];
            },
            ct);
}

/// <summary>Creates an item: its lead unit known, its due day in its year or later, numbered after its year's and source's last.</summary>
internal static class ItemCreation
{
    /// <summary>The first thing wrong with an item's fields, at its field (title, lead-unit, due), or null.</summary>
    public static Problem? Check(string? title, string? leadUnit, DateOnly due, UnitNames names, DateOnly today) =>
        string.IsNullOrWhiteSpace(title) ? Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.ItemTitle), "title")
            : names.Find(leadUnit ?? "") is null ? Refuse.Invalid(Catalogue.Lifecycle.UnknownUnit(leadUnit ?? ""), "lead-unit")
            : due < today ? Refuse.Invalid(Catalogue.Lifecycle.DueBeforeToday(due, today), "due")
            : null;

    public static async Task<StoreResult<string>> RunAsync(Luoshi.Storage.Schema.LedgerDbContext db, StoreSession session, NewItem item, CancellationToken ct)
    {
        var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        if (Check(item.Title, item.LeadUnit, item.Due, names, session.Today) is { } problem)
        {
            return Refuse.With<string>(problem);
        }

        var last = await ItemSequence.LastAsync(db, item.Year, item.Source, ct).ConfigureAwait(false);
        var settings = await LifecycleSettings.ReadAsync(db, ct).ConfigureAwait(false);
        var days = await LifecycleSettings.WorkingDaysAsync(db, ct).ConfigureAwait(false);
        var row = Row(item, names.Find(item.LeadUnit!)!, last + 1, session.Today, days.Add(session.Today, settings.SignWorkingDays));
        db.SupervisionItems.Add(row);
        AuditLog.Add(db, session, "item.create", AuditEntities.Item, row.Number, null, ItemRows.ToDomain(row));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return StoreResults.Ok(row.Number);
    }

    public static async Task<StoreResult> UpdateAsync(Luoshi.Storage.Schema.LedgerDbContext db, StoreSession session, string number, ItemChange change, CancellationToken ct)
    {
        var row = await db.SupervisionItems.SingleOrDefaultAsync(i => i.Number == number, ct).ConfigureAwait(false);
        if (row is null)
        {
            return Refuse.With(new Problem(Catalogue.Lifecycle.NoSuchItem(number), Place.OfField("item"), ProblemKind.NotFound));
        }

        if (row.Stage == TaskStage.Closed)
        {
            return Refuse.With(new Problem(Catalogue.Lifecycle.ItemClosed(number), Place.OfField("item"), ProblemKind.Conflict));
        }

        var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        // A due day already stored may stay, even when it has passed.
        if (Check(change.Title, change.LeadUnit, change.Due == row.Due ? session.Today : change.Due, names, session.Today) is { } problem)
        {
            return Refuse.With(problem);
        }

        var before = AuditLog.ToJson(ItemRows.ToDomain(row));
        (row.Title, row.SourceDocument, row.Leader, row.LeadUnit, row.Due) =
            (change.Title.Trim(), change.SourceDocument?.Trim() ?? "", string.IsNullOrWhiteSpace(change.Leader) ? null : change.Leader.Trim(), names.Find(change.LeadUnit)!, change.Due);
        var after = AuditLog.ToJson(ItemRows.ToDomain(row));
        if (after != before)
        {
            AuditLog.AddJson(db, session, "item.edit", AuditEntities.Item, row.Number, before, after);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return StoreResult.Ok;
    }

    /// <summary>A new item's row, numbered <paramref name="sequence"/> in its year and source, assigned today.</summary>
    public static SupervisionItemRow Row(NewItem item, string leadUnit, int sequence, DateOnly today, DateOnly signDue) => new()
    {
        Number = ItemNumbers.Format(item.Year, item.Source, sequence), Year = item.Year, Source = item.Source, Sequence = sequence,
        Title = item.Title.Trim(), SourceDocument = item.SourceDocument?.Trim() ?? "", Leader = string.IsNullOrWhiteSpace(item.Leader) ? null : item.Leader.Trim(),
        LeadUnit = leadUnit, Due = item.Due, Stage = TaskStage.Assigned, AssignedOn = today, SignDue = signDue, Demo = item.Demo,
    };
}
