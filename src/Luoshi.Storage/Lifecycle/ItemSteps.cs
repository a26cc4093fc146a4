using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle.Schema;

namespace Luoshi.Storage.Lifecycle;

/// <summary>What each step does to an item; milestones, extensions and notices are for plan tasks.</summary>
internal static class ItemSteps
{
    public static Problem? Apply(SupervisionItemRow row, LifecycleStep step, string? text, Satisfaction? satisfaction, StoreSession session)
    {
        switch (step)
        {
            case LifecycleStep.Sign:
                row.SignedOn = session.Today;
                return null;
            case LifecycleStep.RequestClose when string.IsNullOrWhiteSpace(text):
                return Refuse.Invalid(Catalogue.Lifecycle.Needed(ItemNumbers.HasReply(row.Source) ? Catalogue.Lifecycle.ReplyText : Catalogue.Lifecycle.CloseSummary), "text");
            case LifecycleStep.RequestClose:
                (row.CloseRequestedOn, row.Reply) = (session.Today, text.Trim());
                return null;
            case LifecycleStep.ApproveClose when ItemNumbers.HasReply(row.Source) && satisfaction is null:
                return Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.SatisfactionField), "satisfaction");
            case LifecycleStep.ApproveClose:
                (row.ClosedOn, row.ClosedBy, row.Satisfaction) = (session.Today, session.Actor, satisfaction);
                return null;
            case LifecycleStep.ReturnClose when string.IsNullOrWhiteSpace(text):
                return Refuse.Invalid(Catalogue.Lifecycle.Needed(Catalogue.Lifecycle.ReturnReason), "text");
            case LifecycleStep.ReturnClose:
                row.CloseRequestedOn = null;
                return null;
            default:
                return new Problem(Catalogue.Lifecycle.NotForItems(step), Place.OfField("step"));
        }
    }
}

/// <summary>An item row as the domain's record.</summary>
internal static class ItemRows
{
    public static SupervisionItem ToDomain(SupervisionItemRow r) => new(
        r.Number, r.Source, r.Title, r.SourceDocument, r.Leader, r.LeadUnit, r.Due, r.Stage, r.AssignedOn, r.SignDue, r.SignedOn,
        r.CloseRequestedOn, r.Reply, r.Satisfaction, r.ClosedOn, r.ClosedBy, r.Demo);
}
