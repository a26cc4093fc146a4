namespace Luoshi.Domain.Closing;

/// <summary>Machine names of results and states (snake_case, as scripts and forms send them), and the one reader of a
/// result as a person types it (完成 / 基本完成 / 未完成, or the machine name).</summary>
public static class ClosingKeys
{
    /// <summary>done, basically_done, not_done.</summary>
    public static string Of(ClosingResult result) => result switch
    {
        ClosingResult.Done => "done",
        ClosingResult.BasicallyDone => "basically_done",
        _ => "not_done",
    };

    /// <summary>pending, submitted, returned, confirmed.</summary>
    public static string Of(ClosingState state) => state.ToString().ToLowerInvariant();

    /// <summary>The result <paramref name="text"/> names, or null when it names none.</summary>
    public static ClosingResult? ParseResult(string? text) => text?.Trim() switch
    {
        "完成" or "done" => ClosingResult.Done,
        "基本完成" or "basically_done" => ClosingResult.BasicallyDone,
        "未完成" or "not_done" => ClosingResult.NotDone,
        _ => null,
    };
}
