using Luoshi.Domain.Wording;

namespace Luoshi.Storage;

/// <summary>Short constructors for <see cref="StoreResult{T}"/>, so call sites read as "ok" or "fail".</summary>
internal static class StoreResults
{
    public static StoreResult<T> Ok<T>(T value) => new(value, null);

    public static StoreResult<T> Fail<T>(Words message, Place? place = null, ProblemKind kind = ProblemKind.Invalid) =>
        new(default, new Problem(message, place, kind));

    public static StoreResult<T> Fail<T>(Problem problem) => new(default, problem);
}
