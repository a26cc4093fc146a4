using Luoshi.Storage.Reminders;

namespace Luoshi.Reminders.Channels;

/// <summary>The text a group robot posts: the title, whom it is for, and the message with its link.</summary>
internal static class RobotText
{
    public static string Of(Delivery delivery) => $"{delivery.Title}\n@{delivery.Recipient}\n{delivery.Body}";
}
