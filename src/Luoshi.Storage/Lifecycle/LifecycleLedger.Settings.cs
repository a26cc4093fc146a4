using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Lifecycle;

/// <summary>The office's lifecycle settings (limits in working days, notice thresholds) and holiday files.</summary>
public sealed record LifecycleLimits(int SignWorkingDays, int AnswerWorkingDays, NoticeThresholds Thresholds);

public sealed partial class LifecycleLedger
{
    /// <summary>The office's limits (3 working days to sign, 5 to answer a notice, yellow from 10 and red from 30 days
    /// behind, until set).</summary>
    public Task<LifecycleLimits> LimitsAsync(CancellationToken ct = default) =>
        _session.ReadAsync(async (db, token) =>
        {
            var s = await LifecycleSettings.ReadAsync(db, token).ConfigureAwait(false);
            return new LifecycleLimits(s.SignWorkingDays, s.AnswerWorkingDays, new NoticeThresholds(s.YellowDays, s.RedDays));
        }, ct);

    /// <summary>Sets the office's limits, audited; only the office may.</summary>
    public Task<StoreResult> SetLimitsAsync(LifecycleActor actor, LifecycleLimits limits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(limits);
        if (OfficeOnly(actor) is { } refused)
        {
            return Task.FromResult(Refuse.With(refused));
        }

        var problem = Range("sign-days", limits.SignWorkingDays, 1, 30) ?? Range("answer-days", limits.AnswerWorkingDays, 1, 30)
            ?? Range("yellow-days", limits.Thresholds.YellowDays, 1, 365) ?? Range("red-days", limits.Thresholds.RedDays, 1, 365)
            ?? (limits.Thresholds.RedDays <= limits.Thresholds.YellowDays ? Refuse.Invalid(Catalogue.Lifecycle.ThresholdOrder, "red-days") : null);
        return problem is not null ? Task.FromResult(Refuse.With(problem)) : _session.WriteAsync(
            async (db, token) =>
            {
                var row = await db.LifecycleSettings.SingleOrDefaultAsync(token).ConfigureAwait(false);
                var before = row is null ? null : new { row.SignWorkingDays, row.AnswerWorkingDays, row.YellowDays, row.RedDays };
                row ??= db.LifecycleSettings.Add(LifecycleSettings.Default).Entity;
                (row.SignWorkingDays, row.AnswerWorkingDays, row.YellowDays, row.RedDays) =
                    (limits.SignWorkingDays, limits.AnswerWorkingDays, limits.Thresholds.YellowDays, limits.Thresholds.RedDays);
                AuditLog.Add(db, _session, "settings.lifecycle", AuditEntities.Settings, "lifecycle", before,
                    new { row.SignWorkingDays, row.AnswerWorkingDays, row.YellowDays, row.RedDays });
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            r => r.Succeeded, ct);
    }

    internal static Problem? OfficeOnly(LifecycleActor actor) =>
        actor.Role is Domain.Access.AccountRole.Office or Domain.Access.AccountRole.Administrator
            ? null
            : new Problem(Catalogue.Lifecycle.OnlyOffice, Kind: ProblemKind.Forbidden);

    private static Problem? Range(string name, int value, int from, int to) =>
        value < from || value > to ? Refuse.Invalid(Catalogue.Lifecycle.SettingOutOfRange(name, from, to, value), name) : null;
}
