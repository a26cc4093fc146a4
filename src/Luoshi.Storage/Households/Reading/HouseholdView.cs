using Luoshi.Domain.Households;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Households.Reading;

/// <summary>Shows one household's detail and records, in the same transaction, that the viewer saw it: who, when,
/// which household and how much was shown. A household outside the viewer's area is "not found", as a missing one,
/// so guessing numbers tells nothing.</summary>
internal static class HouseholdView
{
    private sealed record Seen(string Role, string Village, bool Names, bool IdentityNumbers);

    public static Task<StoreResult<HouseholdDetail>> RunAsync(StoreSession session, HouseholdViewer viewer, string key, CancellationToken ct) =>
        session.WriteAsync(
            async (db, token) =>
            {
                var h = await HouseholdLookup.FindAsync(db.Households.AsNoTracking(), key, token).ConfigureAwait(false);
                var scope = await AreaScope.VillagesAsync(db, viewer, token).ConfigureAwait(false);
                if (h is null || (scope is not null && !scope.Contains(h.VillageCode)))
                {
                    return StoreResults.Fail<HouseholdDetail>(Catalogue.Households.NoHousehold(key));
                }

                var village = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == h.VillageCode, token).ConfigureAwait(false);
                var town = village?.ParentCode is { } parent
                    ? await db.Units.AsNoTracking().Where(u => u.Code == parent).Select(u => u.Name).SingleOrDefaultAsync(token).ConfigureAwait(false)
                    : null;
                var incomes = await db.HouseholdIncomes.AsNoTracking().Where(i => i.HouseholdId == h.Id).OrderBy(i => i.Year).ToListAsync(token).ConfigureAwait(false);
                var measures = await db.AssistanceMeasures.AsNoTracking().Where(m => m.HouseholdId == h.Id).OrderBy(m => m.StartedOn).ThenBy(m => m.Id)
                    .ToListAsync(token).ConfigureAwait(false);
                var shown = Disclosure.ForDetail(viewer.Role);
                AuditLog.Add(db, session, "household.view", HouseholdAudit.Household, h.Number, null,
                    new Seen(viewer.Role.ToString(), h.VillageCode, shown.Names, shown.IdentityNumbers));
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResults.Ok(new HouseholdDetail(
                    h.Number, h.VillageCode, village?.Name ?? h.VillageCode, town, shown.Name(h.HeadName), shown.IdentityNumber(h.HeadIdNumber),
                    [.. h.Members.Select(m => m with { Name = shown.Name(m.Name), IdNumber = shown.IdentityNumber(m.IdNumber) })],
                    incomes, measures, h.Risks, h.Source, h.State, h.HardshipOn, h.FlaggedOn, h.IdentifiedOn, h.AssistedOn, h.EliminatedOn, shown));
            },
            result => result.Succeeded,
            ct);
}
