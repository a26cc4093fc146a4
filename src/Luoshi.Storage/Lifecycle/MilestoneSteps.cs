using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle.Schema;

namespace Luoshi.Storage.Lifecycle;

/// <summary>节点计划: the lead unit proposes dated milestones (replacing those proposed or returned before; approved ones
/// stay), the office approves or returns all that wait, the unit marks an approved one done with its evidence.</summary>
internal static class MilestoneSteps
{
    public static async Task<Problem?> ProposeAsync(LifecycleContext c, IReadOnlyList<MilestoneDraft> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0)
        {
            return Refuse.Invalid(Catalogue.Lifecycle.NoMilestones, "milestones");
        }

        var existing = await c.MilestonesAsync(ct).ConfigureAwait(false);
        var kept = existing.Where(m => m.State == MilestoneState.Approved).ToList();
        var number = kept.Count == 0 ? 0 : kept.Max(m => m.Number);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (Check(c, drafts[i], number + i + 1, i + 1) is { } problem)
            {
                return problem;
            }
        }

        c.Db.Milestones.RemoveRange(existing.Except(kept));
        // Removed rows free their numbers before the new ones take them (a unique index on task and number).
        await c.Db.SaveChangesAsync(ct).ConfigureAwait(false);
        c.Db.Milestones.AddRange(drafts.Select((d, i) => new MilestoneRow
        {
            TaskId = c.Task.Id, Number = number + i + 1, Title = d.Title.Trim(), Due = d.Due, Evidence = d.Evidence.Trim(),
            State = MilestoneState.Proposed, ProposedOn = c.Today,
        }));
        return null;
    }

    public static async Task<Problem?> DecideAsync(LifecycleContext c, bool approve, string? reason, CancellationToken ct)
    {
        var waiting = (await c.MilestonesAsync(ct).ConfigureAwait(false)).Where(m => m.State == MilestoneState.Proposed).ToList();
        if (waiting.Count == 0)
        {
            return new Problem(Catalogue.Lifecycle.NothingProposed, Kind: ProblemKind.Conflict);
        }

        if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            return Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.ReturnReason), "reason");
        }

        foreach (var m in waiting)
        {
            m.State = approve ? MilestoneState.Approved : MilestoneState.Returned;
            m.DecidedOn = c.Today;
            m.ReturnReason = approve ? null : reason!.Trim();
        }

        return null;
    }

    public static async Task<Problem?> CompleteAsync(LifecycleContext c, int number, string? evidence, CancellationToken ct)
    {
        var m = (await c.MilestonesAsync(ct).ConfigureAwait(false)).SingleOrDefault(x => x.Number == number);
        Problem? problem = m switch
        {
            null => new Problem(Catalogue.Lifecycle.NoSuchMilestone(number), Place.OfField("milestone"), ProblemKind.NotFound),
            { State: not MilestoneState.Approved } => new Problem(Catalogue.Lifecycle.MilestoneNotApproved(number), Place.OfField("milestone"), ProblemKind.Conflict),
            { DoneOn: { } on } => new Problem(Catalogue.Lifecycle.MilestoneAlreadyDone(number, on), Place.OfField("milestone"), ProblemKind.Conflict),
            _ when string.IsNullOrWhiteSpace(evidence) => Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.DoneEvidence), "evidence"),
            _ => null,
        };
        if (problem is null)
        {
            m!.DoneOn = c.Today;
            m.DoneEvidence = evidence!.Trim();
        }

        return problem;
    }

    private static Problem? Check(LifecycleContext c, MilestoneDraft d, int number, int line)
    {
        var place = new Place(Line: line, Field: "milestones");
        if (string.IsNullOrWhiteSpace(d.Title))
        {
            return new Problem(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.MilestoneTitle(number)), place);
        }

        if (string.IsNullOrWhiteSpace(d.Evidence))
        {
            return new Problem(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.MilestoneEvidence(number)), place);
        }

        var from = c.Row!.AssignedOn;
        return d.Due < from || d.Due > c.Task.Deadline
            ? new Problem(Catalogue.Lifecycle.MilestoneDueWrong(number, d.Due, from, c.Task.Deadline), place)
            : null;
    }
}
