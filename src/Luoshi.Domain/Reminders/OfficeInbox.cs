namespace Luoshi.Domain.Reminders;

/// <summary>The supervision office (督查室) as a recipient: it belongs to no unit of the register, yet it owes decisions
/// (延期申请审批). Its reminders go to the inbox of this name, which every office account reads, and to the people the
/// contact list gives this name as their unit.</summary>
public static class OfficeInbox
{
    /// <summary>督查室: the inbox's name, and the unit the office's contacts are listed under.</summary>
    public const string Name = "督查室";
}
