using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Lifecycle;

/// <summary>The lifecycle's refusals as store results.</summary>
internal static class Refuse
{
    public static StoreResult With(Problem problem) => StoreResult.Fail(problem);

    public static StoreResult<T> With<T>(Problem problem) => StoreResults.Fail<T>(problem);

    public static Problem Invalid(Words words, string field) => new(words, Place.OfField(field));
}
