namespace Luoshi.Storage.Reminders.Schema;

/// <summary>The one row of reminder_settings: the office's rules and quiet hours as JSON (<see cref="Domain.Reminders.ReminderRules"/>).</summary>
internal sealed class ReminderSettingsRow
{
    public const int OnlyId = 1;

    public int Id { get; set; } = OnlyId;

    public required string Rules { get; set; }
}
