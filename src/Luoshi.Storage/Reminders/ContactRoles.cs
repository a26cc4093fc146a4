using Luoshi.Domain.Reminders;
using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Reminders;

/// <summary>A recipient role as files and the database write it: contact, unit-leader, leader-in-charge, or the
/// Chinese names (联络员, 单位负责人, 分管领导).</summary>
internal static class ContactRoles
{
    public static string Name(RecipientRole role) => role switch
    {
        RecipientRole.Contact => "contact",
        RecipientRole.UnitLeader => "unit-leader",
        _ => "leader-in-charge",
    };

    public static RecipientRole? Parse(string text) =>
        Enum.GetValues<RecipientRole>().Cast<RecipientRole?>().FirstOrDefault(r =>
            string.Equals(text, Name(r!.Value), StringComparison.OrdinalIgnoreCase) || text == Catalogue.Reminders.Role(r.Value).Zh);
}
