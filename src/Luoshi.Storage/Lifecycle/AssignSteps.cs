using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle.Schema;

namespace Luoshi.Storage.Lifecycle;

/// <summary>交办 and 签收: the office hands a task to its lead unit with a limit to sign in working days (the office's
/// setting, by the ledger's holiday calendar); the lead unit signs.</summary>
internal static class AssignSteps
{
    public static async Task<Problem?> AssignAsync(LifecycleContext c, CancellationToken ct)
    {
        if (c.Task.LeadUnit is null)
        {
            return new Problem(Catalogue.Lifecycle.NoLeadUnit(c.Task.Code), Place.OfField("task"));
        }

        var settings = await c.SettingsAsync(ct).ConfigureAwait(false);
        var days = await c.WorkingDaysAsync(ct).ConfigureAwait(false);
        c.Row = new TaskLifecycleRow
        {
            TaskId = c.Task.Id,
            AssignedOn = c.Today,
            AssignedBy = c.Session.Actor,
            SignDue = days.Add(c.Today, settings.SignWorkingDays),
            OriginalDeadline = c.Task.Deadline,
        };
        c.Db.TaskLifecycles.Add(c.Row);
        return null;
    }

    public static Task<Problem?> SignAsync(LifecycleContext c, CancellationToken ct)
    {
        c.Row!.SignedOn = c.Today;
        c.Row.SignedBy = c.Session.Actor;
        return Task.FromResult<Problem?>(null);
    }

    public static Task<Problem?> RequestCloseAsync(LifecycleContext c, string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return Task.FromResult<Problem?>(Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.CloseSummary), "summary"));
        }

        c.Row!.CloseRequestedOn = c.Today;
        c.Row.CloseSummary = summary.Trim();
        c.Row.CloseReturnReason = null;
        return Task.FromResult<Problem?>(null);
    }

    public static Task<Problem?> ReviewCloseAsync(LifecycleContext c, bool approve, string? reason)
    {
        if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            return Task.FromResult<Problem?>(Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.ReturnReason), "reason"));
        }

        if (approve)
        {
            c.Row!.ClosedOn = c.Today;
            c.Row.ClosedBy = c.Session.Actor;
        }
        else
        {
            c.Row!.CloseRequestedOn = null;
            c.Row.CloseReturnReason = reason!.Trim();
        }

        return Task.FromResult<Problem?>(null);
    }
}
