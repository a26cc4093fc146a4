namespace Luoshi.Storage;

/// <summary>Short constructors for <see cref="StoreResult{T}"/>, so call sites read as "ok" or "fail".</summary>
internal static class StoreResults
{
    public static StoreResult<T> Ok<T>(T value) => new(value, null);

    public static StoreResult<T> Fail<T>(string message, string? place = null) => new(default, new StoreError(message, place));

    public static StoreResult<T> Fail<T>(StoreError error) => new(default, error);
}
