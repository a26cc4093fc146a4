using Luoshi.Domain.Wording;

namespace Luoshi.Storage;

/// <summary>The outcome of a write that returns nothing: done, or the user's mistake that stopped it.</summary>
public sealed record StoreResult(Problem? Error)
{
    /// <summary>True when the write was done.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The successful outcome.</summary>
    public static StoreResult Ok { get; } = new((Problem?)null);

    /// <summary>A failed outcome with <paramref name="problem"/>.</summary>
    public static StoreResult Fail(Problem problem) => new(problem);

    /// <summary>A failed outcome: <paramref name="message"/> at <paramref name="place"/>, of <paramref name="kind"/>.</summary>
    public static StoreResult Fail(Words message, Place? place = null, ProblemKind kind = ProblemKind.Invalid) => new(new Problem(message, place, kind));
}
