using Luoshi.Domain.Wording;
using Luoshi.Domain.Years;

namespace Luoshi.Documents.Closing;

/// <summary>A carried task's text as every office file prints it: its text, then where it came from in the task page's
/// own words (结转自2022年度任务 T5), so a reader of the 台账 or the year's account sees the promise is an old one.</summary>
public static class CarriedText
{
    /// <summary><paramref name="text"/> with <paramref name="origin"/> after it, or as it is when the task was not carried.</summary>
    public static string Of(string text, CarryOrigin? origin) =>
        origin is null ? text : $"{text}（{Catalogue.Years.CarriedFrom(origin.FromYear, origin.FromTask).Zh}）";

    /// <summary>The origin of <paramref name="task"/> in <paramref name="origins"/>, or null.</summary>
    public static CarryOrigin? OriginOf(IReadOnlyDictionary<string, CarryOrigin>? origins, string task) =>
        origins is not null && origins.TryGetValue(task, out var o) ? o : null;
}
