namespace Luoshi.Storage;

/// <summary>The outcome of a write that returns nothing: done, or the user's mistake that stopped it.</summary>
public sealed record StoreResult(StoreError? Error)
{
    /// <summary>True when the write was done.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The successful outcome.</summary>
    public static StoreResult Ok { get; } = new((StoreError?)null);

    /// <summary>A failed outcome with <paramref name="message"/>.</summary>
    public static StoreResult Fail(string message, string? place = null) => new(new StoreError(message, place));
}
