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

    /// <summary>The items under supervision, optionally of one source, by number.</summary>
    public Task<IReadOnlyList<SupervisionItem>> ListItemsAsync(ItemSource? source = null, CancellationToken ct = default) =>
        _session.ReadAsync<IReadOnlyList<SupervisionItem>>(
            async (db, token) =>
            {
                var rows = await db.SupervisionItems.AsNoTracking().Where(i => source == null || i.Source == source)
                    .OrderBy(i => i.Year).ThenBy(i => i.Source).ThenBy(i => i.Sequence).ToListAsync(token).ConfigureAwait(false);
                return [.. rows.Select(ItemRows.ToDomain)];
            },
            ct);
}

/// <summary>Creates an item: its lead unit known, its due day in its year or later, numbered after its year's and source's last.</summary>
internal static class ItemCreation
{
    public static async Task<StoreResult<string>> RunAsync(Luoshi.Storage.Schema.LedgerDbContext db, StoreSession session, NewItem item, CancellationToken ct)
    {
        var names = new UnitNames(await db.Units.AsNoTracking().ToListAsync(ct).ConfigureAwait(false));
        var problem = string.IsNullOrWhiteSpace(item.Title) ? Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.ItemTitle), "title")
            : names.Find(item.LeadUnit ?? "") is null ? Refuse.Invalid(Catalogue.Lifecycle.UnknownUnit(item.LeadUnit ?? ""), "lead-unit")
            : item.Due < session.Today ? Refuse.Invalid(Catalogue.Lifecycle.DueBeforeToday(item.Due, session.Today), "due")
            : null;
        if (problem is not null)
        {
            return Refuse.With<string>(problem);
        }

        var last = await db.SupervisionItems.Where(i => i.Year == item.Year && i.Source == item.Source).MaxAsync(i => (int?)i.Sequence, ct).ConfigureAwait(false) ?? 0;
        var settings = await LifecycleSettings.ReadAsync(db, ct).ConfigureAwait(false);
        var days = await LifecycleSettings.WorkingDaysAsync(db, ct).ConfigureAwait(false);
        var row = new SupervisionItemRow
        {
            Number = ItemNumbers.Format(item.Year, item.Source, last + 1), Year = item.Year, Source = item.Source, Sequence = last + 1,
            Title = item.Title.Trim(), SourceDocument = item.SourceDocument?.Trim() ?? "", Leader = item.Leader, LeadUnit = names.Find(item.LeadUnit!)!,
            Due = item.Due, Stage = TaskStage.Assigned, AssignedOn = session.Today, SignDue = days.Add(session.Today, settings.SignWorkingDays), Demo = item.Demo,
        };
        db.SupervisionItems.Add(row);
        AuditLog.Add(db, session, "item.create", AuditEntities.Item, row.Number, null, ItemRows.ToDomain(row));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return StoreResults.Ok(row.Number);
    }
}
