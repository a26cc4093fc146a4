using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Lifecycle;

/// <summary>The lifecycle's refusals as store results: the one place they are turned into the store's error shape.</summary>
internal static class Refuse
{
    public static StoreResult With(Problem problem) => new(StoreError.Of(problem));

    public static StoreResult<T> With<T>(Problem problem) => new(default, StoreError.Of(problem));

    public static Problem Invalid(Words words, string field) => new(words, Place.OfField(field));
}
