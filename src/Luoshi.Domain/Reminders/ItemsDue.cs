using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Standings;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Reminders;

/// <summary>What items from other sources (批示件, 会议议定事项, 上级交办, 人大建议, 政协提案) owe, like tasks: an item not
/// signed for is due at its sign limit (under the 签收 rule, <see cref="DueKind.Sign"/>), and an item not closed and with
/// no close request waiting is due on its 办理时限 (<see cref="DueKind.Item"/>). Items belong to no plan (plan 0); the
/// task code is the item's number and the link its page.</summary>
public static class ItemsDue
{
    /// <summary>The items of <paramref name="items"/> not done on <paramref name="day"/> and due by <paramref name="until"/>.</summary>
    public static IEnumerable<DueItem> Due(IEnumerable<SupervisionItem> items, DateOnly day, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            if (item.AssignedOn > day || item.ClosedOn is { } closed && closed <= day)
            {
                continue;
            }

            var text = PlanStandings.Shorten(item.Title);
            var link = $"/items/{Uri.EscapeDataString(item.Number)}";
            if (!(item.SignedOn is { } signed && signed <= day) && item.SignDue <= until)
            {
                yield return new DueItem(DueKind.Sign, $"item-sign:{item.Number}", 0, item.Number, text, Catalogue.Reminders.ItemSignOff, item.LeadUnit, item.SignDue, link);
            }

            if (!(item.CloseRequestedOn is { } asked && asked <= day) && item.Due <= until)
            {
                yield return new DueItem(DueKind.Item, $"item:{item.Number}", 0, item.Number, text, Catalogue.Reminders.ItemCompletion, item.LeadUnit, item.Due, link);
            }
        }
    }
}
